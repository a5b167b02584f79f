using BreedBot.Domain.Outbound;
using BreedBot.Storage;
using BreedBot.Storage.Outbound;
using BreedBot.Testing;
using BreedBot.Web.Outbound;
using BreedBot.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace BreedBot.Web.Tests.Outbound;

/// <summary>
/// A delivery claim belongs to one receipt of a queue message: a copy that comes back while the first receipt
/// is still at work never sends beside it, and no receipt starts a send that could outlive its claim.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class OutboxClaimTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Week = "2027-W07";
    private const string ChannelPosts = "/v3/conversations/" + TestActivities.TeamId + "/activities";
    private readonly CapturedLogs logs = new();
    private BotHost host = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(azurite.ConnectionString, new Dictionary<string, string?>(), logs);
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));
        await host.SendQueuedAsync();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    private StorageQueues Queues => host.Services.GetRequiredService<StorageQueues>();

    private DeliveryStore Deliveries => host.Services.GetRequiredService<DeliveryStore>();

    [Fact]
    public async Task Process_CopyComesBackWhileTheFirstReceiptHoldsTheClaim_WaitsInsteadOfSendingToo()
    {
        await EnqueueAsync("test/comeback");
        var first = (await Queues.Outbound.ReceiveMessagesAsync(1, TimeSpan.FromMinutes(2))).Value.Single();
        var held = await Deliveries.ClaimAsync(Fresh("test/comeback"), OutboxSender.ClaimIdOf(first), TimeSpan.FromMinutes(2), CancellationToken.None);
        // The first receipt is still at work when the queue shows the message again (its visibility ran out).
        await Queues.Outbound.UpdateMessageAsync(first.MessageId, first.PopReceipt, visibilityTimeout: TimeSpan.Zero);
        var before = host.Connector.Requests.Count;

        var handled = await host.SendQueuedAsync();

        Assert.Equal(DeliveryClaimResult.Claimed, held.Result);
        Assert.Equal(1, handled);
        Assert.DoesNotContain(host.Connector.Requests.Skip(before), r => r.Is("POST", ChannelPosts));
        var record = await RecordAsync("test/comeback");
        Assert.Equal(DeliveryOutcome.Sending, record!.Outcome);
        Assert.Equal(OutboxSender.ClaimIdOf(first), record.ClaimedBy);
        Assert.Equal(1, (await Queues.Outbound.GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }

    [Fact]
    public async Task Process_SlotComesOnlyNearTheEndOfTheClaim_GivenBackUnsentThenSentOnceByTheNextReceipt()
    {
        await EnqueueAsync("test/late-slot");
        var claimedAt = host.Time.GetUtcNow();
        // Teams asked for a long pause: the slot comes 100 s after the claim, and a 30 s send would end after the 2-minute lease.
        host.Services.GetRequiredService<OutboxPacing>().Limiter.HoldBack(TestActivities.Tenant, null, claimedAt + TimeSpan.FromSeconds(100));
        var before = host.Connector.Requests.Count;

        // One second a step: the clock moves whenever the worker is slow in real time, and on a loaded machine a few 10 s
        // steps before the claim was taken moved the claim so close to the slot that the send fitted in its lease.
        await FanOut.WithClockAsync(host.Time, host.SendQueuedAsync(), TimeSpan.FromSeconds(1));

        Assert.Single(logs.Records, line => line.Contains("[1351]", StringComparison.Ordinal));
        Assert.Single(host.Connector.Requests.Skip(before), r => r.Is("POST", ChannelPosts));
        var record = await RecordAsync("test/late-slot");
        Assert.Equal(DeliveryOutcome.Sent, record!.Outcome);
        Assert.True(record.ChangedAt >= claimedAt + TimeSpan.FromSeconds(100));
        Assert.Equal(0, (await Queues.Outbound.GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }

    private Task EnqueueAsync(string occurrence) =>
        host.Services.GetRequiredService<IOutbox>().EnqueueAsync(
            new OutboundMessage(TestActivities.Tenant, TestActivities.TeamId, null, occurrence, "test", null, "Hallo") { Week = Week }, CancellationToken.None);

    private static DeliveryRecord Fresh(string occurrence) =>
        new(TestActivities.Tenant, TestActivities.TeamId, Week, occurrence, null, "test", DeliveryOutcome.Sending, default);

    private Task<DeliveryRecord?> RecordAsync(string occurrence) =>
        Deliveries.GetAsync(TestActivities.Tenant, TestActivities.TeamId, Week, occurrence, null, CancellationToken.None);
}
