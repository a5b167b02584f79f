using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using BreedBot.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace BreedBot.Web.Tests.Hosting;

/// <summary>
/// The whole BreedBot host with real authentication: tokens come from a local issuer, replies go to
/// a recording connector stand-in, records land in Azurite under a table prefix of this host's own.
/// </summary>
public sealed class BotHost : IAsyncDisposable
{
    public const string AppId = "9d3f0a52-1111-4c2b-9a55-b0b0b0b0b0b0";

    private readonly WebApplicationFactory<Program> factory;

    private readonly bool ownsFixtures;
    private Dictionary<string, string?> config = [];

    private BotHost(WebApplicationFactory<Program> factory, FakeTimeProvider time, LocalTokenIssuer issuer, ConnectorStandIn connector, string storage, string prefix, bool ownsFixtures = true)
    {
        this.factory = factory;
        this.ownsFixtures = ownsFixtures;
        Time = time;
        Issuer = issuer;
        Connector = connector;
        StorageConnectionString = storage;
        TablePrefix = prefix;
        Client = factory.CreateClient();
    }

    public FakeTimeProvider Time { get; }
    public LocalTokenIssuer Issuer { get; }
    public ConnectorStandIn Connector { get; }
    public HttpClient Client { get; }
    public string StorageConnectionString { get; }
    public string TablePrefix { get; }
    public string ServiceUrl => Connector.ServiceUrl.ToString();
    public IServiceProvider Services => factory.Services;

    /// <param name="logs">When given, receives every log record of the host at every level.</param>
    /// <param name="services">When given, changes the host's services after BreedBot registered its own (e.g. a storage client that records requests).</param>
    public static async Task<BotHost> StartAsync(string storageConnectionString, IDictionary<string, string?>? settings = null, CapturedLogs? logs = null, Action<IServiceCollection>? services = null)
    {
        var issuer = await LocalTokenIssuer.StartAsync();
        var connector = await ConnectorStandIn.StartAsync();
        var prefix = "w" + RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz", 10);
        var config = new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = AppId,
            // Never used: replies go to a loopback stand-in, which gets no token.
            ["MicrosoftAppPassword"] = "not-a-real-secret",
            ["Bot:OpenIdMetadataUrl"] = issuer.MetadataUrl,
            ["Storage:ConnectionString"] = storageConnectionString,
            ["Storage:TablePrefix"] = prefix,
            // Tests pump the outbound queue themselves (SendQueuedAsync), so they see every send before asserting.
            ["Outbox:RunWorker"] = "false",
            // The fake clock stands still while a test pumps the queue: let its handful of sends start at once.
            ["Outbox:Burst"] = "1000",
            // The fake clock stands still while a test waits for the after-reply work: a failed item is tried again at once.
            ["AfterReply:RetryDelay"] = "00:00:00",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }

        var time = new FakeTimeProvider(new DateTimeOffset(2027, 2, 15, 9, 0, 0, TimeSpan.Zero));
        return new BotHost(Factory(config, time, logs, services), time, issuer, connector, storageConnectionString, prefix) { config = config };
    }

    /// <summary>
    /// Another instance of the same deployment: the same storage prefix (tables and queues), clock, token issuer
    /// and connector stand-in, its own process state (caches, limiter, send workers). Disposing it leaves the first.
    /// </summary>
    public static BotHost StartSecondInstance(BotHost first, IDictionary<string, string?>? settings = null, CapturedLogs? logs = null)
    {
        ArgumentNullException.ThrowIfNull(first);
        var config = new Dictionary<string, string?>(first.config);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }

        return new BotHost(Factory(config, first.Time, logs), first.Time, first.Issuer, first.Connector, first.StorageConnectionString, first.TablePrefix, ownsFixtures: false)
        {
            config = config,
        };
    }

    private static WebApplicationFactory<Program> Factory(Dictionary<string, string?> config, FakeTimeProvider time, CapturedLogs? logs, Action<IServiceCollection>? services = null)
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            foreach (var (key, value) in config)
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureServices(collection =>
            {
                collection.AddSingleton<TimeProvider>(time);
                services?.Invoke(collection);
            });
            if (logs is not null)
            {
                builder.ConfigureLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
            }
        });
        return factory;
    }

    /// <summary>A valid Teams token for this bot and the stand-in's serviceUrl, unless <paramref name="forge"/> changes it.</summary>
    public string Authorization(Action<TokenSpec>? forge = null) =>
        Issuer.MintAuthorizationHeader(AppId, ServiceUrl, Time.GetUtcNow(), forge);

    public async Task<HttpResponseMessage> PostAsync(JsonNode activity, string? authorization = "valid")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        var header = authorization == "valid" ? Authorization() : authorization;
        if (header is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", header);
        }

        var response = await Client.SendAsync(request);
        await AfterReplyDoneAsync();
        return response;
    }

    /// <summary>
    /// Posts an activity as its own trace (a W3C <c>traceparent</c> header, as a caller that traces sends it), without
    /// waiting for what the turn left in the background: the storage requests made for this turn before it answered
    /// carry the returned trace id (<see cref="StorageRequests.OfTurn"/>).
    /// </summary>
    public async Task<(HttpResponseMessage Response, string TraceId)> PostTracedAsync(JsonNode activity, string? traceId = null)
    {
        var trace = traceId ?? System.Diagnostics.ActivityTraceId.CreateRandom().ToHexString();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", Authorization());
        request.Headers.TryAddWithoutValidation("traceparent", "00-" + trace + "-" + System.Diagnostics.ActivitySpanId.CreateRandom().ToHexString() + "-01");
        return (await Client.SendAsync(request), trace);
    }

    /// <summary>
    /// Waits until the work the turns left for after their replies is done (time zones stored, a partner's card shown
    /// again): tests read rows and the stand-in's record right after a post. Bounded, so a job that stopped reading
    /// shows as a failing test instead of a hanging one.
    /// </summary>
    public Task AfterReplyDoneAsync() =>
        Services.GetRequiredService<BreedBot.Web.Bot.AfterReplyQueue>().WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(30));

    /// <summary>Sends everything visible in the outbound queue, as a send worker would, and returns how many messages it took.</summary>
    public Task<int> SendQueuedAsync() => Services.GetRequiredService<BreedBot.Web.Outbound.OutboxWorker>().DrainAsync(CancellationToken.None);

    /// <summary>
    /// For a send queued by a background loop (a job on its own timer): pumps the queue until a matching send was
    /// recorded, bounded by real time. Null when none came.
    /// </summary>
    public async Task<RecordedRequest?> SendQueuedUntilAsync(Func<RecordedRequest, bool> match, TimeSpan timeout)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            await SendQueuedAsync();
            if (Connector.Requests.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await Task.Yield();
        }

        return null;
    }

    public TableClient Table(string name) => new TableServiceClient(StorageConnectionString).GetTableClient(TablePrefix + name);

    public async Task<List<TableEntity>> RowsAsync(string table)
    {
        var rows = new List<TableEntity>();
        try
        {
            await foreach (var row in Table(table).QueryAsync<TableEntity>())
            {
                rows.Add(row);
            }
        }
        catch (Azure.RequestFailedException e) when (e.Status == 404)
        {
            // The table does not exist: nothing was stored.
        }

        return rows;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await factory.DisposeAsync();
        if (ownsFixtures)
        {
            await Connector.DisposeAsync();
            await Issuer.DisposeAsync();
        }
    }
}
