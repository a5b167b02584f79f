using System.Globalization;
using Xunit;

namespace BreedBot.Testing;

/// <summary>
/// Azure Table and Queue storage for tests: the Azurite named by BREEDBOT_TEST_STORAGE (a full
/// connection string; scripts/dev.sh and .ci/run start one), or else one Azurite of its own,
/// in memory, on free loopback ports, without telemetry, stopped on dispose.
/// Use as a class or collection fixture; give each test class its own Storage:TablePrefix.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public const string EnvironmentVariable = "BREEDBOT_TEST_STORAGE";

    // The well-known public key of the storage emulator; not a secret.
    private const string DevelopmentAccount =
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
        "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;";

    private LocalToolProcess? _azurite;
    private (int Blob, int Queue, int Table) _ports;

    /// <summary>An explicit connection string with TableEndpoint and QueueEndpoint.</summary>
    public string ConnectionString { get; private set; } = "";

    /// <summary>True when this fixture started Azurite itself (no BREEDBOT_TEST_STORAGE).</summary>
    public bool OwnsAzurite => _azurite is not null;

    /// <summary>The connection string for Azurite listening on the given loopback ports.</summary>
    public static string ConnectionStringFor(int tablePort, int queuePort) => string.Create(
        CultureInfo.InvariantCulture,
        $"{DevelopmentAccount}TableEndpoint=http://127.0.0.1:{tablePort}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{queuePort}/devstoreaccount1;");

    public async Task InitializeAsync()
    {
        var given = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(given))
        {
            ConnectionString = given;
            return;
        }

        await StartOwnAzuriteAsync().ConfigureAwait(false);
    }

    /// <summary>An Azurite of the caller's own, in memory, whatever BREEDBOT_TEST_STORAGE says: one a test may restart.</summary>
    public static async Task<AzuriteFixture> StartOwnAsync()
    {
        var fixture = new AzuriteFixture();
        await fixture.StartOwnAzuriteAsync().ConfigureAwait(false);
        return fixture;
    }

    /// <summary>
    /// Stops this fixture's own in-memory Azurite and starts a fresh one on the same ports: every table, queue and
    /// row is gone, as after an emulator restart or a recreated storage account. The connection string stays valid.
    /// </summary>
    public async Task RestartAsync()
    {
        if (_azurite is null)
        {
            throw new InvalidOperationException("Only an Azurite this fixture started itself can be restarted.");
        }

        await _azurite.DisposeAsync().ConfigureAwait(false);
        await StartProcessAsync().ConfigureAwait(false);
    }

    private async Task StartOwnAzuriteAsync()
    {
        _ports = (LocalToolProcess.FreePort(), LocalToolProcess.FreePort(), LocalToolProcess.FreePort());
        await StartProcessAsync().ConfigureAwait(false);
        ConnectionString = ConnectionStringFor(_ports.Table, _ports.Queue);
    }

    private async Task StartProcessAsync()
    {
        // One process for all three services is lighter than azurite-table plus azurite-queue;
        // blob is unused but comes with it, so it too stays on loopback. Azure.Storage.Queues
        // 12.28 speaks a service version newer than Azurite 3.37 knows: skip that check.
        _azurite = LocalToolProcess.Start("azurite",
        [
            "--blobHost", "127.0.0.1", "--blobPort", Port(_ports.Blob),
            "--queueHost", "127.0.0.1", "--queuePort", Port(_ports.Queue),
            "--tableHost", "127.0.0.1", "--tablePort", Port(_ports.Table),
            "--inMemoryPersistence", "--disableTelemetry", "--silent", "--skipApiVersionCheck",
        ]);
        await _azurite.WaitForPortAsync(_ports.Table, TimeSpan.FromSeconds(60)).ConfigureAwait(false);
        await _azurite.WaitForPortAsync(_ports.Queue, TimeSpan.FromSeconds(10)).ConfigureAwait(false);
    }

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);
}
