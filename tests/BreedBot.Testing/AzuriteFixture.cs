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

        int blobPort = LocalToolProcess.FreePort(), queuePort = LocalToolProcess.FreePort(), tablePort = LocalToolProcess.FreePort();
        // One process for all three services is lighter than azurite-table plus azurite-queue;
        // blob is unused but comes with it, so it too stays on loopback. Azure.Storage.Queues
        // 12.28 speaks a service version newer than Azurite 3.37 knows: skip that check.
        _azurite = LocalToolProcess.Start("azurite",
        [
            "--blobHost", "127.0.0.1", "--blobPort", Port(blobPort),
            "--queueHost", "127.0.0.1", "--queuePort", Port(queuePort),
            "--tableHost", "127.0.0.1", "--tablePort", Port(tablePort),
            "--inMemoryPersistence", "--disableTelemetry", "--silent", "--skipApiVersionCheck",
        ]);
        await _azurite.WaitForPortAsync(tablePort, TimeSpan.FromSeconds(60)).ConfigureAwait(false);
        await _azurite.WaitForPortAsync(queuePort, TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        ConnectionString = ConnectionStringFor(tablePort, queuePort);
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
