using BreedBot.Domain.Outbound;
using BreedBot.Storage;
using BreedBot.Storage.Members;
using BreedBot.Storage.Outbound;
using BreedBot.Testing;
using BreedBot.Web.Outbound;
using BreedBot.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace BreedBot.Web.Tests.Outbound;

/// <summary>Blocked users, 429s and failures that do not stop: recorded, retried within bounds, or moved to the poison queue.</summary>
[Collection(SharedAzurite.Name)]
public sealed class OutboxFailureTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Week = "2027-W07";
    private const string ChannelPosts = "/v3/conversations/" + TestActivities.TeamId + "/activities";
    private BotHost host = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(azurite.ConnectionString, new Dictionary<string, string?>
        {
            ["Outbox:MaxAttempts"] = "2",
            ["Outbox:BaseRetryDelay"] = "00:00:00",
        });
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));
        await host.Services.GetRequiredService<MemberStore>().EnsureInvitedAsync(
            TestActivities.Tenant, TestActivities.TeamId, "Wijkteam Noord", "aad-ana", "29:1ana", "Ana Jansen", null, CancellationToken.None);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    private StorageQueues Queues => host.Services.GetRequiredService<StorageQueues>();

    [Fact]
    public async Task Send_UserBlockedBreedBot_RecordedAsBlockedAndNotRetried()
    {
        host.Connector.Respond(r => r.Method == "POST" && r.Path.StartsWith("/v3/conversations/a:", StringComparison.Ordinal), ScriptedResponse.BlockedByUser());

        await EnqueueAsync("aad-ana", "test/blocked");
        await host.SendQueuedAsync();

        Assert.Equal(DeliveryOutcome.BlockedByUser, (await RecordAsync("test/blocked", "aad-ana"))!.Outcome);
        Assert.Single(host.Connector.Requests, r => r.Method == "POST" && r.Path.StartsWith("/v3/conversations/a:", StringComparison.Ordinal));
        Assert.Equal(0, await CountAsync(Queues.Outbound));
    }

    [Fact]
    public async Task Send_LongRetryAfter_OneRequestThenTenantPausedAndMessageKeptForLater()
    {
        var before = host.Connector.Requests.Count;
        host.Connector.Respond(r => r.Is("POST", ChannelPosts), ScriptedResponse.Throttled("30"));

        await EnqueueAsync(null, "test/throttled");
        await host.SendQueuedAsync();

        // The worker's connector does not retry by itself: one request, and the 429 comes back to the worker.
        Assert.Single(host.Connector.Requests.Skip(before), r => r.Is("POST", ChannelPosts));
        var record = await RecordAsync("test/throttled", null);
        Assert.Equal(DeliveryOutcome.Sending, record!.Outcome);
        Assert.Equal(1, record.Attempts);
        var pausedUntil = await host.Services.GetRequiredService<SendPauseStore>().GetPausedUntilAsync(TestActivities.Tenant, CancellationToken.None);
        Assert.Equal(host.Time.GetUtcNow() + TimeSpan.FromSeconds(30), pausedUntil);
        Assert.Equal(1, await CountAsync(Queues.Outbound));
        Assert.Empty((await Queues.Outbound.PeekMessagesAsync(1)).Value);
    }

    [Fact]
    public async Task Send_KeepsFailing_BoundedAttemptsThenFailedAndPoisoned()
    {
        var before = host.Connector.Requests.Count;
        host.Connector.Respond(r => r.Is("POST", ChannelPosts), ScriptedResponse.Unavailable(), times: 5);

        await EnqueueAsync(null, "test/unavailable");
        await host.SendQueuedAsync();

        Assert.Equal(2, host.Connector.Requests.Skip(before).Count(r => r.Is("POST", ChannelPosts)));
        var record = (await RecordAsync("test/unavailable", null))!;
        Assert.Equal(DeliveryOutcome.Failed, record.Outcome);
        Assert.Equal(DeliveryFailure.RetriesExhausted, record.Failure);
        Assert.Equal("503", record.Reason);
        Assert.Equal(2, record.Attempts);
        Assert.Equal(0, await CountAsync(Queues.Outbound));
        Assert.Equal(1, await CountAsync(Queues.Poison));
    }

    [Theory]
    [InlineData(500)]
    [InlineData(408)]
    [InlineData(502)]
    [InlineData(504)]
    public async Task Send_OneTransientError_RetriedAndSentWithBothAttemptsRecorded(int status)
    {
        var before = host.Connector.Requests.Count;
        host.Connector.Respond(r => r.Is("POST", ChannelPosts), ScriptedResponse.Error(status, "Transient"));

        await EnqueueAsync(null, "test/transient");
        await host.SendQueuedAsync();

        Assert.Equal(2, host.Connector.Requests.Skip(before).Count(r => r.Is("POST", ChannelPosts)));
        var record = (await RecordAsync("test/transient", null))!;
        Assert.Equal(DeliveryOutcome.Sent, record.Outcome);
        Assert.Equal(2, record.Attempts);
        Assert.Null(record.Failure);
        Assert.Equal(0, await CountAsync(Queues.Poison));
    }

    [Theory]
    [InlineData(400, "400 BadRequest")]
    [InlineData(401, "401 Unauthorized")]
    [InlineData(403, "403 Forbidden")]
    [InlineData(413, "413 MessageSizeTooBig")]
    public async Task Send_RefusedByTeams_FinalAfterOneAttemptWithTheReasonRecorded(int status, string reason)
    {
        var before = host.Connector.Requests.Count;
        host.Connector.Respond(r => r.Is("POST", ChannelPosts), ScriptedResponse.Error(status, reason.Split(' ')[1]), times: 5);

        await EnqueueAsync(null, "test/refused");
        await host.SendQueuedAsync();

        Assert.Single(host.Connector.Requests.Skip(before), r => r.Is("POST", ChannelPosts));
        var record = (await RecordAsync("test/refused", null))!;
        Assert.Equal(DeliveryOutcome.Failed, record.Outcome);
        Assert.Equal(DeliveryFailure.Refused, record.Failure);
        Assert.Equal(reason, record.Reason);
        Assert.Equal(1, record.Attempts);
    }

    [Fact]
    public async Task Receive_UnreadableMessage_MovedToPoisonWithoutSending()
    {
        var before = host.Connector.Requests.Count;
        await Queues.Outbound.SendMessageAsync("not an envelope");

        await host.SendQueuedAsync();

        Assert.Equal(before, host.Connector.Requests.Count);
        Assert.Equal(1, await CountAsync(Queues.Poison));
        Assert.Equal(0, await CountAsync(Queues.Outbound));
    }

    private Task EnqueueAsync(string? recipient, string occurrence) =>
        host.Services.GetRequiredService<IOutbox>().EnqueueAsync(
            new OutboundMessage(TestActivities.Tenant, TestActivities.TeamId, recipient, occurrence, "test", null, "Hallo") { Week = Week }, CancellationToken.None);

    private Task<DeliveryRecord?> RecordAsync(string occurrence, string? recipient) =>
        host.Services.GetRequiredService<DeliveryStore>().GetAsync(TestActivities.Tenant, TestActivities.TeamId, Week, occurrence, recipient, CancellationToken.None);

    private static async Task<int> CountAsync(Azure.Storage.Queues.QueueClient queue) => (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount;
}
