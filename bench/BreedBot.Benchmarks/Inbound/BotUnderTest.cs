using System.Globalization;
using System.Reflection;
using BreedBot.Benchmarks.Harness;

namespace BreedBot.Benchmarks.Inbound;

/// <summary>A bot running as its own process on 127.0.0.1, ready for the load generator.</summary>
internal sealed class BotUnderTest : IAsyncDisposable
{
    public const string TenantId = "bench-tenant-0000-0000-000000000000";
    private const string BreedBotAppId = "5b0e7a1c-0000-4000-8000-00000000b0b1";

    private readonly ChildProcess _process;

    private BotUnderTest(string name, ChildProcess process, int pid, Uri messagesUrl, string botId, string? authorization, string note, string? tablePrefix)
    {
        TablePrefix = tablePrefix;
        Name = name;
        _process = process;
        Pid = pid;
        MessagesUrl = messagesUrl;
        BotId = botId;
        Authorization = authorization;
        Note = note;
    }

    public string Name { get; }
    public int Pid { get; }
    public Uri MessagesUrl { get; }
    public string BotId { get; }

    /// <summary>The prefix of the bot's tables in the bench's Azurite; null for a bot without storage.</summary>
    public string? TablePrefix { get; }

    /// <summary>The Authorization header to send, or null when the bot runs with authentication disabled.</summary>
    public string? Authorization { get; }

    /// <summary>How the bot was run, for the printed header.</summary>
    public string Note { get; }

    /// <summary>BreedBot's Release build with real token validation against the local issuer.</summary>
    public static async Task<BotUnderTest> StartBreedBotAsync(LocalStorage storage, TokenIssuer issuer, ConnectorStandIn standIn)
    {
        var (folder, dll, configuration) = Build(BenchArguments.Current.WebFolder, "BreedBot.Web.dll", "src", "BreedBot.Web");

        var port = Loopback.FreePort();
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = Url(port),
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = BreedBotAppId,
            // Never used: replies go to a loopback stand-in, which gets no token.
            ["MicrosoftAppPassword"] = "not-a-real-secret",
            ["Bot__OpenIdMetadataUrl"] = issuer.MetadataUrl,
            // Production names the loopback stand-in in its allow-list.
            ["Bot__AllowedServiceUrlHosts"] = "smba.trafficmanager.net, *.botframework.com, 127.0.0.1",
            ["Storage__ConnectionString"] = storage.ConnectionString,
            ["Storage__TablePrefix"] = TablePrefixFor(port),
        };
        var process = ChildProcess.Start("BreedBot", "dotnet", [dll], folder, environment);
        var authorization = issuer.Authorization(BreedBotAppId, standIn.ServiceUrl.AbsoluteUri);
        return await ReadyAsync("BreedBot", process, port, "28:" + BreedBotAppId, authorization,
            $"{folder} ({configuration} build), Production environment, real JWT validation against a local issuer", TablePrefixFor(port));
    }

    /// <summary>The Bot Framework JavaScript SDK echo bot (bench/peer), authentication disabled.</summary>
    public static async Task<BotUnderTest> StartPeerAsync()
    {
        var port = Loopback.FreePort();
        var environment = new Dictionary<string, string> { ["PORT"] = port.ToString(CultureInfo.InvariantCulture), ["NODE_ENV"] = "production" };
        var process = ChildProcess.Start("peer", "node", [RepoRoot.Combine("bench", "peer", "echo-bot.js")], RepoRoot.Combine(), environment);
        return await ReadyAsync("peer", process, port, "28:peer-echo-bot", authorization: null,
            "botbuilder CloudAdapter echo bot on Node " + NodeVersion() + ", authentication DISABLED (no app id, no token checked)", tablePrefix: null);
    }

    /// <summary>
    /// The floor (bench/floor): a bare minimal-API endpoint that parses the activity and posts <paramref name="replyFile"/>
    /// (BreedBot's own reply to 'help', captured at the stand-in) to the stand-in. No authentication, no storage.
    /// </summary>
    public static async Task<BotUnderTest> StartFloorAsync(string replyFile)
    {
        var (folder, dll, configuration) = Build(null, "BreedBot.Floor.dll", "bench", "floor");

        var port = Loopback.FreePort();
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = Url(port),
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["FLOOR_REPLY"] = replyFile,
        };
        var process = ChildProcess.Start("floor", "dotnet", [dll], folder, environment);
        return await ReadyAsync("floor", process, port, "28:" + BreedBotAppId, authorization: null,
            $"{folder} ({configuration} build): minimal API, parses the activity and posts BreedBot's own 'help' reply; no authentication, no storage", tablePrefix: null);
    }

    public double PeakWorkingSetMb => ProcessStats.PeakWorkingSetMb(Pid);

    public double WorkingSetMb => ProcessStats.WorkingSetMb(Pid);

    public ValueTask DisposeAsync() => _process.DisposeAsync();

    private static async Task<BotUnderTest> ReadyAsync(string name, ChildProcess process, int port, string botId, string? authorization, string note, string? tablePrefix)
    {
        try
        {
            await Loopback.WaitForPortAsync(port, process, TimeSpan.FromSeconds(180));
            var pid = await process.PidAsync();
            return new BotUnderTest(name, process, pid, new Uri(Url(port) + "/api/messages"), botId, authorization, note, tablePrefix);
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }
    }

    // A project's build output in the benchmark's own configuration (the benchmark's build builds it), or the folder given.
    private static (string Folder, string Dll, string Configuration) Build(string? given, string dllName, params string[] project)
    {
        var configuration = typeof(BotUnderTest).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        var folder = given ?? RepoRoot.Combine([.. project, "bin", configuration, "net10.0"]);
        var dll = Path.Combine(folder, dllName);
        return File.Exists(dll)
            ? (folder, dll, configuration)
            : throw new FileNotFoundException($"{dll} is missing: run the benchmark with `dotnet run -c Release`, which builds it.", dll);
    }

    private static string TablePrefixFor(int port) => "bench" + port.ToString(CultureInfo.InvariantCulture);

    private static string Url(int port) => "http://127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture);

    private static string NodeVersion()
    {
        using var node = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("node", "--version") { RedirectStandardOutput = true });
        var version = node?.StandardOutput.ReadToEnd().Trim() ?? "?";
        node?.WaitForExit();
        return version;
    }
}
