using System.Globalization;

namespace BreedBot.Benchmarks.Harness;

/// <summary>
/// Azurite from node_modules (in memory, loopback, no telemetry), reached through counting proxies
/// so that every table and queue request the bot makes is counted.
/// </summary>
internal sealed class LocalStorage : IAsyncDisposable
{
    // The well-known public key of the storage emulator; not a secret.
    private const string DevelopmentAccount =
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
        "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;";

    private readonly ChildProcess _azurite;
    private readonly CountingProxy _tables;
    private readonly CountingProxy _queues;

    private readonly int _tablePort;
    private readonly int _queuePort;

    private LocalStorage(ChildProcess azurite, CountingProxy tables, CountingProxy queues, int tablePort, int queuePort)
    {
        _azurite = azurite;
        _tables = tables;
        _queues = queues;
        _tablePort = tablePort;
        _queuePort = queuePort;
    }

    /// <summary>The connection string through the proxies.</summary>
    public string ConnectionString => string.Create(
        CultureInfo.InvariantCulture,
        $"{DevelopmentAccount}TableEndpoint=http://127.0.0.1:{_tables.Port}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{_queues.Port}/devstoreaccount1;");

    /// <summary>Straight to Azurite, not through the proxies: for seeding state before a timed run, uncounted and without latency.</summary>
    public string DirectConnectionString => string.Create(
        CultureInfo.InvariantCulture,
        $"{DevelopmentAccount}TableEndpoint=http://127.0.0.1:{_tablePort}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{_queuePort}/devstoreaccount1;");

    /// <summary>How long the proxies hold each storage request (zero by default).</summary>
    public TimeSpan Latency
    {
        get => _tables.Latency;
        set => _tables.Latency = _queues.Latency = value;
    }

    /// <summary>Whether each exchange is noted with its turn's trace id (<see cref="TakeExchanges"/>).</summary>
    public bool Recording
    {
        get => _tables.Recording;
        set => _tables.Recording = _queues.Recording = value;
    }

    /// <summary>The table and queue exchanges noted since the last call.</summary>
    public List<StorageExchange> TakeExchanges() => [.. _tables.TakeExchanges(), .. _queues.TakeExchanges()];

    /// <summary>Table and queue requests so far.</summary>
    public long Requests => _tables.Requests + _queues.Requests;

    /// <summary>Queue requests so far (the rest of <see cref="Requests"/> went to tables).</summary>
    public long QueueRequests => _queues.Requests;

    private int AzuritePid { get; init; }

    /// <summary>Azurite's CPU time so far, in milliseconds.</summary>
    public double CpuMilliseconds() => ProcessStats.CpuMilliseconds(AzuritePid);

    public static async Task<LocalStorage> StartAsync()
    {
        int blob = Loopback.FreePort(), queue = Loopback.FreePort(), table = Loopback.FreePort();
        var azurite = ChildProcess.Start("azurite", RepoRoot.NodeTool("azurite"),
        [
            "--blobHost", "127.0.0.1", "--blobPort", Text(blob),
            "--queueHost", "127.0.0.1", "--queuePort", Text(queue),
            "--tableHost", "127.0.0.1", "--tablePort", Text(table),
            "--inMemoryPersistence", "--disableTelemetry", "--silent", "--skipApiVersionCheck",
        ], Directory.CreateTempSubdirectory("breedbot-bench-azurite-").FullName, new Dictionary<string, string>());
        try
        {
            await Loopback.WaitForPortAsync(table, azurite, TimeSpan.FromSeconds(180));
            await Loopback.WaitForPortAsync(queue, azurite, TimeSpan.FromSeconds(10));
        }
        catch
        {
            await azurite.DisposeAsync();
            throw;
        }

        return new LocalStorage(azurite, new CountingProxy(table), new CountingProxy(queue), table, queue) { AzuritePid = await azurite.PidAsync() };
    }

    public async ValueTask DisposeAsync()
    {
        await _tables.DisposeAsync();
        await _queues.DisposeAsync();
        await _azurite.DisposeAsync();
    }

    private static string Text(int port) => port.ToString(CultureInfo.InvariantCulture);
}
