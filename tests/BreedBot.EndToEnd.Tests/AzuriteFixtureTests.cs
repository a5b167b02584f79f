using Azure.Data.Tables;
using Azure.Storage.Queues;
using BreedBot.EndToEnd.Tests.Fixtures;
using BreedBot.Testing;

namespace BreedBot.EndToEnd.Tests;

[Collection(SharedAzurite.Name)]
public sealed class AzuriteFixtureTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ConnectionString_TableUpsertThenRead_ReturnsEntity()
    {
        var table = new TableClient(azurite.ConnectionString, "fixture" + Guid.NewGuid().ToString("N")[..8]);
        await table.CreateIfNotExistsAsync();

        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["Answer"] = 42 });

        var entity = await table.GetEntityAsync<TableEntity>("p", "r");
        Assert.Equal(42, entity.Value.GetInt32("Answer"));
    }

    [Fact]
    public async Task ConnectionString_QueueSendThenReceive_ReturnsMessage()
    {
        var queue = new QueueClient(azurite.ConnectionString, "fixture-" + Guid.NewGuid().ToString("N")[..8]);
        await queue.CreateIfNotExistsAsync();

        await queue.SendMessageAsync("hallo");

        var received = await queue.ReceiveMessageAsync();
        Assert.Equal("hallo", received.Value.MessageText);
    }
}
