using System.Text.Json.Nodes;
using BreedBot.Domain.Outbound;
using BreedBot.Storage.Members;
using BreedBot.Storage.Outbound;
using BreedBot.Testing;
using BreedBot.Web.Cards;
using BreedBot.Web.Outbound;
using BreedBot.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace BreedBot.Web.Tests.Outbound;

/// <summary>Queued proactive messages reach the channel or the person's chat once, and each delivery is recorded.</summary>
[Collection(SharedAzurite.Name)]
public sealed class OutboxTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Week = "2027-W07";
    private BotHost host = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(azurite.ConnectionString);
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));
        await host.Services.GetRequiredService<MemberStore>().EnsureInvitedAsync(
            TestActivities.Tenant, TestActivities.TeamId, "Wijkteam Noord", "aad-ana", "29:1ana", "Ana Jansen", null, CancellationToken.None);
        await host.SendQueuedAsync();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    private IOutbox Outbox => host.Services.GetRequiredService<IOutbox>();

    private DeliveryStore Deliveries => host.Services.GetRequiredService<DeliveryStore>();

    [Fact]
    public async Task Enqueue_ChannelTextAndPersonalCard_EachSentOnceAndRecordedWithItsActivity()
    {
        var before = host.Connector.Requests.Count;
        await Outbox.EnqueueAsync(
        [
            new OutboundMessage(TestActivities.Tenant, TestActivities.TeamId, null, "test/channel", "test", null, "Hallo team") { Week = Week },
            new OutboundMessage(TestActivities.Tenant, TestActivities.TeamId, "aad-ana", "test/person", "test", Card(), null) { Week = Week },
        ], CancellationToken.None);

        Assert.Equal(2, await host.SendQueuedAsync());

        var sent = host.Connector.Requests.Skip(before).ToList();
        var channelPost = Assert.Single(sent, r => r.Is("POST", $"/v3/conversations/{TestActivities.TeamId}/activities"));
        Assert.Equal("Hallo team", channelPost.Json!["text"]!.GetValue<string>());
        Assert.Single(sent, r => r.Method == "POST" && r.Path == "/v3/conversations" && r.Json!["members"]![0]!["id"]!.GetValue<string>() == "29:1ana");
        var cardPost = Assert.Single(sent, r => r.Method == "POST" && r.Path.StartsWith("/v3/conversations/a:conversation", StringComparison.Ordinal));
        Assert.Equal("BreedBot: test", cardPost.Json!["summary"]!.GetValue<string>());

        var person = await Deliveries.GetAsync(TestActivities.Tenant, TestActivities.TeamId, Week, "test/person", "aad-ana", CancellationToken.None);
        Assert.Equal(DeliveryOutcome.Sent, person!.Outcome);
        Assert.StartsWith("activity-", person.ActivityId, StringComparison.Ordinal);
        Assert.StartsWith("a:conversation", person.Conversation!.ConversationId, StringComparison.Ordinal);
        var channel = await Deliveries.GetAsync(TestActivities.Tenant, TestActivities.TeamId, Week, "test/channel", null, CancellationToken.None);
        Assert.Equal(TestActivities.TeamId, channel!.Conversation!.ConversationId);
    }

    [Fact]
    public async Task Enqueue_SameOccurrenceTwice_SecondCopyIsDroppedWithoutSending()
    {
        var message = new OutboundMessage(TestActivities.Tenant, TestActivities.TeamId, "aad-ana", "test/twice", "test", null, "Eén keer") { Week = Week };
        await Outbox.EnqueueAsync(message, CancellationToken.None);
        await host.SendQueuedAsync();
        var before = host.Connector.Requests.Count;

        await Outbox.EnqueueAsync(message, CancellationToken.None);
        Assert.Equal(1, await host.SendQueuedAsync());

        Assert.Equal(before, host.Connector.Requests.Count);
        Assert.Single(await Deliveries.ListWeekAsync(TestActivities.Tenant, TestActivities.TeamId, Week, CancellationToken.None));
    }

    [Fact]
    public async Task Throttled_ThreeInARowWithRetryAfter_TenantPausedForTheRetryAfterNotLonger()
    {
        var pauses = host.Services.GetRequiredService<OutboxPacing>().Pauses;

        Assert.Null(await pauses.ThrottledAsync(TestActivities.Tenant, TimeSpan.FromSeconds(1), CancellationToken.None));
        Assert.Null(await pauses.ThrottledAsync(TestActivities.Tenant, TimeSpan.FromSeconds(1), CancellationToken.None));
        var until = await pauses.ThrottledAsync(TestActivities.Tenant, TimeSpan.FromSeconds(1), CancellationToken.None);

        Assert.Equal(host.Time.GetUtcNow() + TimeSpan.FromSeconds(1), until);
    }

    private static RenderedCard Card() => new(new JsonObject
    {
        ["type"] = "AdaptiveCard",
        ["version"] = "1.5",
        ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = "Hallo" }),
    }, "BreedBot: test");
}
