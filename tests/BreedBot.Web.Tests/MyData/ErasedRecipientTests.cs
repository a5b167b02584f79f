using System.Text.Json.Nodes;
using BreedBot.Storage;
using BreedBot.Testing;
using BreedBot.Web.Outbound;
using BreedBot.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using static BreedBot.Web.Tests.Hosting.ReflectionHarness;

namespace BreedBot.Web.Tests.MyData;

/// <summary>A message already queued for someone who then deletes their data is never sent, and leaves no record of them.</summary>
[Collection(SharedAzurite.Name)]
public sealed class ErasedRecipientTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private BotHost host = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(azurite.ConnectionString);
        await new ReflectionHarness(host).SetUpDuoAsync();
        await host.SendQueuedAsync();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task QueuedMessage_RecipientErasedTheirDataMeanwhile_IsDroppedUnsentAndUnrecorded()
    {
        await host.Services.GetRequiredService<IOutbox>().EnqueueAsync(
            new OutboundMessage(TestActivities.Tenant, TestActivities.TeamId, AnaAad, "test/for-ana", "test", null, "Hallo Ana") { Week = "2027-W07" },
            CancellationToken.None);
        var erase = TestActivities.CardAction(host.ServiceUrl, "mydata.delete");
        erase["from"] = new JsonObject { ["id"] = AnaId, ["aadObjectId"] = AnaAad };
        erase["conversation"] = new JsonObject { ["id"] = "a:1personal-chat-ana", ["conversationType"] = "personal", ["tenantId"] = TestActivities.Tenant };
        erase["value"]!["action"]!["data"] = new JsonObject { ["verb"] = "mydata.delete" };
        Assert.Contains("Je gegevens zijn verwijderd", await (await host.PostAsync(erase)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var before = host.Connector.Requests.Count;

        await host.SendQueuedAsync();

        Assert.DoesNotContain(host.Connector.Requests.Skip(before), r => r.Body.Contains("Hallo Ana", StringComparison.Ordinal));
        Assert.DoesNotContain(await host.RowsAsync(StorageTables.DeliveriesName), r => r.RowKey.Contains(AnaAad, StringComparison.Ordinal));
        var queue = host.Services.GetRequiredService<StorageQueues>();
        Assert.Empty((await queue.Outbound.PeekMessagesAsync(32)).Value);
        Assert.Empty((await queue.Poison.PeekMessagesAsync(32)).Value);
    }
}
