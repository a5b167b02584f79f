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
    private string environment = "Production";

    private BotHost(
        WebApplicationFactory<Program> factory, FakeTimeProvider time, LocalTokenIssuer issuer, ConnectorStandIn connector, GraphStandIn graph, string storage, string prefix, bool ownsFixtures = true)
    {
        this.factory = factory;
        this.ownsFixtures = ownsFixtures;
        Time = time;
        Issuer = issuer;
        Connector = connector;
        Graph = graph;
        StorageConnectionString = storage;
        TablePrefix = prefix;
        Client = factory.CreateClient();
    }

    public FakeTimeProvider Time { get; }
    public LocalTokenIssuer Issuer { get; }
    public ConnectorStandIn Connector { get; }

    /// <summary>Microsoft Graph: 403 (no consent) for every team until a test gives a team its members.</summary>
    public GraphStandIn Graph { get; }
    public HttpClient Client { get; }
    public string StorageConnectionString { get; }
    public string TablePrefix { get; }
    public string ServiceUrl => Connector.ServiceUrl.ToString();
    public IServiceProvider Services => factory.Services;

    /// <param name="logs">When given, receives every log record of the host at every level.</param>
    /// <param name="services">When given, changes the host's services after BreedBot registered its own (e.g. a storage client that records requests).</param>
    /// <param name="environment">The host environment: Production, as deployed, unless a test is about another.</param>
    public static async Task<BotHost> StartAsync(
        string storageConnectionString, IDictionary<string, string?>? settings = null, CapturedLogs? logs = null, Action<IServiceCollection>? services = null, string environment = "Production")
    {
        var issuer = await LocalTokenIssuer.StartAsync();
        var connector = await ConnectorStandIn.StartAsync();
        var graph = await GraphStandIn.StartAsync();
        var prefix = "w" + RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz", 10);
        var config = new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = AppId,
            // Never used: replies go to a loopback stand-in, which gets no token.
            ["MicrosoftAppPassword"] = "not-a-real-secret",
            ["Bot:OpenIdMetadataUrl"] = issuer.MetadataUrl,
            // Production accepts a loopback service URL only when the allow-list names it: the stand-in is on 127.0.0.1.
            ["Bot:AllowedServiceUrlHosts"] = "smba.trafficmanager.net, *.botframework.com, 127.0.0.1",
            // Never the real Graph: a local stand-in, which (being loopback) gets no token.
            ["Graph:BaseUrl"] = graph.BaseUrl.ToString(),
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
        return new BotHost(Factory(config, time, logs, services, environment), time, issuer, connector, graph, storageConnectionString, prefix) { config = config, environment = environment };
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

        return new BotHost(Factory(config, first.Time, logs, environment: first.environment), first.Time, first.Issuer, first.Connector, first.Graph, first.StorageConnectionString, first.TablePrefix, ownsFixtures: false)
        {
            config = config,
            environment = first.environment,
        };
    }

    private static WebApplicationFactory<Program> Factory(
        Dictionary<string, string?> config, FakeTimeProvider time, CapturedLogs? logs, Action<IServiceCollection>? services = null, string environment = "Production")
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment(environment);
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
        Services.GetRequiredService<BreedBot.Web.AfterReply.AfterReplyQueue>().WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(30));

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

    /// <summary>
    /// The messages BreedBot sent to a person's 1:1 chat so far (the chat it stored for them, created proactively or
    /// from their personal install): where private answers go.
    /// </summary>
    public async Task<List<RecordedRequest>> PersonalMessagesAsync(string memberKey)
    {
        var chat = await Services.GetRequiredService<BreedBot.Storage.Users.UserConversationStore>().GetAsync(TestActivities.Tenant, memberKey, CancellationToken.None);
        return chat is null
            ? []
            : Connector.Requests.Where(r => r.Method == "POST" && Uri.UnescapeDataString(r.Path).StartsWith($"/v3/conversations/{chat.Chat.ConversationId}/activities", StringComparison.Ordinal)).ToList();
    }

    /// <summary>
    /// A team command asked in the channel whose answer is for the asker alone (status, a refusal): the thread hears only
    /// that the answer comes in private; returns the answer from the asker's personal chat, below its line naming the team.
    /// </summary>
    public async Task<string> AskPrivatelyAsync(string text, string activityId, string userId = TestActivities.UserId, string aad = TestActivities.UserAad)
    {
        await PostAsync(TestActivities.ChannelMessage(ServiceUrl, text, userId, aad, activityId));
        var note = await Connector.WaitForRequestAsync(r => r.Path.EndsWith("/activities/" + activityId, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.Equal("Dat stuur ik je persoonlijk.", note.Json!["text"]!.GetValue<string>());
        var answer = await LastPersonalTextAsync(aad) ?? throw new InvalidOperationException("No answer arrived in the personal chat.");
        const string about = "Over Wijkteam Noord:\n";
        Assert.StartsWith(about, answer, StringComparison.Ordinal);
        return answer[about.Length..];
    }

    /// <summary>"@BreedBot status" asked in the channel by the default user (an owner); the answer from the personal chat.</summary>
    public Task<string> AskStatusAsync(string activityId) => AskPrivatelyAsync("status", activityId);

    /// <summary>The text of the last message BreedBot sent to a person's 1:1 chat, or null.</summary>
    public async Task<string?> LastPersonalTextAsync(string memberKey) =>
        (await PersonalMessagesAsync(memberKey)).LastOrDefault()?.Json?["text"]?.GetValue<string>();

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
            await Graph.DisposeAsync();
            await Issuer.DisposeAsync();
        }
    }
}
