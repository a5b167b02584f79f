using BreedBot.Domain.Outbound;
using BreedBot.Storage;
using BreedBot.Storage.Outbound;
using BreedBot.Testing;
using BreedBot.Web.Outbound;
using BreedBot.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace BreedBot.Web.Tests.Outbound;

/// <summary>A message that keeps failing ends in the poison queue with a 'failed' delivery record, handled cleanly.</summary>
[Collection(SharedAzurite.Name)]
public sealed class OutboxPoisonTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Week = "2027-W07";
    private readonly CapturedLogs logs = new();
    private BotHost host = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(azurite.ConnectionString, new Dictionary<string, string?>
        {
            ["Outbox:MaxAttempts"] = "3",
            ["Outbox:BaseRetryDelay"] = "00:00:00",
        }, logs);
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));
        await host.SendQueuedAsync();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
    [InlineData(503)]
    [InlineData(400)]
    public async Task Send_KeepsFailing_FailedRecordPoisonQueueAndNoHandlingError(int status)
    {
        var queues = host.Services.GetRequiredService<StorageQueues>();
        host.Connector.Respond(r => r.Is("POST", "/v3/conversations/" + TestActivities.TeamId + "/activities"), new ScriptedResponse(status, "{}"), times: 10);

        await host.Services.GetRequiredService<IOutbox>().EnqueueAsync(
            new OutboundMessage(TestActivities.Tenant, TestActivities.TeamId, null, "test/poison", "test", null, "Hallo") { Week = Week }, CancellationToken.None);
        await host.SendQueuedAsync();

        var record = await host.Services.GetRequiredService<DeliveryStore>().GetAsync(TestActivities.Tenant, TestActivities.TeamId, Week, "test/poison", null, CancellationToken.None);
        Assert.Equal(DeliveryOutcome.Failed, record!.Outcome);
        Assert.Equal(1, (await queues.Poison.GetPropertiesAsync()).Value.ApproximateMessagesCount);
        Assert.Equal(0, (await queues.Outbound.GetPropertiesAsync()).Value.ApproximateMessagesCount);
        // Moving it to the poison queue is the end of it, not a handling error that leaves the message behind.
        Assert.DoesNotContain(logs.Records, line => line.Contains("[1108]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Send_KeepsFailing_PoisonCopySaysWhatFailedButNotWhatItSaid()
    {
        var queues = host.Services.GetRequiredService<StorageQueues>();
        host.Connector.Respond(r => r.Is("POST", "/v3/conversations/" + TestActivities.TeamId + "/activities"), new ScriptedResponse(503, "{}"), times: 10);
        await queues.Outbound.SendMessageAsync("not an envelope: CANARY-unreadable");
        await host.Services.GetRequiredService<IOutbox>().EnqueueAsync(
            new OutboundMessage(TestActivities.Tenant, TestActivities.TeamId, null, "test/poison-content", "test", null, "CANARY-case-content") { Week = Week }, CancellationToken.None);

        await host.SendQueuedAsync();

        var copies = (await queues.Poison.ReceiveMessagesAsync(10)).Value.Select(copy => copy.Body.ToString()).ToList();
        Assert.Equal(2, copies.Count);
        Assert.Contains(copies, copy => copy.Contains("test/poison-content", StringComparison.Ordinal));
        Assert.Contains(copies, copy => copy.Contains("unreadable", StringComparison.Ordinal));
        Assert.DoesNotContain(copies, copy => copy.Contains("CANARY", StringComparison.Ordinal));
    }
}
