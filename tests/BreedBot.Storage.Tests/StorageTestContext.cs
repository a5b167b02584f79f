using System.Security.Cryptography;
using Azure.Data.Tables;
using BreedBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace BreedBot.Storage.Tests;

/// <summary>Real tables in Azurite under a prefix of their own, so test classes never see each other's rows.</summary>
public sealed class StorageTestContext
{
    public StorageTestContext(AzuriteFixture azurite)
    {
        Options = new StorageOptions
        {
            ConnectionString = azurite.ConnectionString,
            TablePrefix = "t" + RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz", 10),
        };
        Service = new TableServiceClient(azurite.ConnectionString);
        Tables = new StorageTables(Service, Microsoft.Extensions.Options.Options.Create(Options));
        Queues = new StorageQueues(
            new Azure.Storage.Queues.QueueServiceClient(azurite.ConnectionString, new Azure.Storage.Queues.QueueClientOptions(StorageServiceCollectionExtensions.QueueServiceVersion)),
            Microsoft.Extensions.Options.Options.Create(Options));
        Readiness = new StorageReadiness();
        Initializer = new StorageInitializer(Tables, Queues, Readiness, Time, NullLogger<StorageInitializer>.Instance);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2027, 2, 15, 9, 0, 0, TimeSpan.Zero));
    public StorageOptions Options { get; }
    public TableServiceClient Service { get; }
    public StorageTables Tables { get; }
    public StorageQueues Queues { get; }
    public StorageReadiness Readiness { get; }
    public StorageInitializer Initializer { get; }

    public async Task<StorageTestContext> InitializeAsync()
    {
        Assert.True(await Initializer.TryCreateAsync(CancellationToken.None));
        return this;
    }
}
