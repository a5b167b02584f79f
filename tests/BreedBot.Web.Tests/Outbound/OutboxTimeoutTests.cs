using BreedBot.Domain.Outbound;
using BreedBot.Storage;
using BreedBot.Storage.Outbound;
using BreedBot.Testing;
using BreedBot.Web.Outbound;
using BreedBot.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace BreedBot.Web.Tests.Outbound;

/// <summary>
/// A send that timed out may have reached Teams: it is tried once more, and when that succeeds the delivery is marked
/// "possibly duplicated". A slow Teams never gets the same message again and again.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class OutboxTimeoutTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Week = "2027-W07";
    private const string ChannelPosts = "/v3/conversations/" + TestActivities.TeamId + "/activities";
    private static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(5);
    private BotHost host = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(azurite.ConnectionString, new Dictionary<string, string?>
        {
            // The default of 8 attempts: a timeout must not use them up.
            ["Outbox:BaseRetryDelay"] = "00:00:00",
            ["Outbox:SendTimeout"] = "00:00:05",
        });
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    private StorageQueues Queues => host.Services.GetRequiredService<StorageQueues>();

    [Fact]
    public async Task Send_TeamsNeverAnswers_SentTwiceThenFailedAsNoAnswer()
    {
        var before = host.Connector.Requests.Count;
        host.Connector.Respond(IsChannelPost, ScriptedResponse.Hang(), times: 100);

        await EnqueueAsync("test/never-answers");
        await SlowTeams.AdvancePastHangsAsync(host, host.SendQueuedAsync(), SendTimeout);

        Assert.Equal(2, host.Connector.Requests.Skip(before).Count(IsChannelPost));
        var record = (await RecordAsync("test/never-answers"))!;
        Assert.Equal(DeliveryOutcome.Failed, record.Outcome);
        Assert.Equal(DeliveryFailure.NoAnswer, record.Failure);
        Assert.Equal("timeout", record.Reason);
        Assert.Equal(2, record.Attempts);
        Assert.Equal(0, await CountAsync(Queues.Outbound));
    }

    [Fact]
    public async Task Send_TeamsSlowOnce_SentOnTheRetryAndMarkedPossiblyDuplicated()
    {
        var before = host.Connector.Requests.Count;
        host.Connector.Respond(IsChannelPost, ScriptedResponse.Hang());

        await EnqueueAsync("test/slow-once");
        await SlowTeams.AdvancePastHangsAsync(host, host.SendQueuedAsync(), SendTimeout);

        Assert.Equal(2, host.Connector.Requests.Skip(before).Count(IsChannelPost));
        var record = (await RecordAsync("test/slow-once"))!;
        Assert.Equal(DeliveryOutcome.Sent, record.Outcome);
        Assert.True(record.PossiblyDuplicated);
        Assert.Equal(2, record.Attempts);
        Assert.Equal(0, await CountAsync(Queues.Poison));
    }

    [Fact]
    public async Task Send_TimeoutThenServerErrors_ErrorsRetriedButNeverASecondTimeout()
    {
        var before = host.Connector.Requests.Count;
        host.Connector.Respond(IsChannelPost, ScriptedResponse.Hang());
        host.Connector.Respond(IsChannelPost, ScriptedResponse.Unavailable(), times: 2);

        await EnqueueAsync("test/timeout-then-503");
        await SlowTeams.AdvancePastHangsAsync(host, host.SendQueuedAsync(), SendTimeout);

        Assert.Equal(4, host.Connector.Requests.Skip(before).Count(IsChannelPost));
        var record = (await RecordAsync("test/timeout-then-503"))!;
        Assert.Equal(DeliveryOutcome.Sent, record.Outcome);
        Assert.True(record.PossiblyDuplicated);
        Assert.Equal(4, record.Attempts);
    }

    [Fact]
    public async Task Send_AnsweredInTime_NotMarkedPossiblyDuplicated()
    {
        await EnqueueAsync("test/in-time");
        await host.SendQueuedAsync();

        var record = (await RecordAsync("test/in-time"))!;
        Assert.Equal(DeliveryOutcome.Sent, record.Outcome);
        Assert.False(record.PossiblyDuplicated);
        Assert.Equal(1, record.Attempts);
    }

    private static bool IsChannelPost(RecordedRequest request) => request.Is("POST", ChannelPosts);

    private Task EnqueueAsync(string occurrence) =>
        host.Services.GetRequiredService<IOutbox>().EnqueueAsync(
            new OutboundMessage(TestActivities.Tenant, TestActivities.TeamId, null, occurrence, "test", null, "Hallo") { Week = Week }, CancellationToken.None);

    private Task<DeliveryRecord?> RecordAsync(string occurrence) =>
        host.Services.GetRequiredService<DeliveryStore>().GetAsync(TestActivities.Tenant, TestActivities.TeamId, Week, occurrence, null, CancellationToken.None);

    private static async Task<int> CountAsync(Azure.Storage.Queues.QueueClient queue) => (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount;
}
