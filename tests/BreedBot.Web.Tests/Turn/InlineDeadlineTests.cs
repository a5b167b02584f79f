using System.Net;
using BreedBot.Connector.Client;
using BreedBot.Domain.Outbound;
using BreedBot.Domain.Scheduling;
using BreedBot.Domain.TeamWeeks;
using BreedBot.Storage.Outbound;
using BreedBot.Testing;
using BreedBot.Web.Outbound;
using BreedBot.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace BreedBot.Web.Tests.Turn;

/// <summary>
/// Every call to Teams inside a turn has its own deadline (Bot:CallTimeout, 4 s), so the turn is answered well within
/// the 15 s after which Teams shows an error; a reply Teams did not take in time goes to the outbox instead of being lost.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class InlineDeadlineTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string ReplyPath = "/v3/conversations/" + TestActivities.PersonalConversation + "/activities/";
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(4);
    private BotHost host = null!;

    public async Task InitializeAsync() => host = await BotHost.StartAsync(
        azurite.ConnectionString,
        services: services => services.AddSingleton(new ConnectorRetryPolicy { BaseDelay = TimeSpan.Zero }));

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Reply_TeamsHangs_TurnAnsweredAtTheCallTimeoutAndTheReplySentLaterOnceMore()
    {
        host.Connector.Respond(r => r.Is("POST", ReplyPath + "late-1"), ScriptedResponse.Hang());
        var started = host.Time.GetUtcNow();

        var post = host.PostAsync(TestActivities.PersonalMessage(host.ServiceUrl, "help", id: "late-1"));
        await SlowTeams.AdvancePastHangsAsync(host, post, CallTimeout);
        var response = await post;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(CallTimeout, host.Time.GetUtcNow() - started);
        Assert.Single(host.Connector.Requests, r => r.Is("POST", ReplyPath + "late-1"));

        await host.SendQueuedAsync();

        var replies = host.Connector.Requests.Where(r => r.Is("POST", ReplyPath + "late-1")).ToList();
        Assert.Equal(2, replies.Count);
        Assert.Equal(replies[0].Json!["attachments"]!.ToJsonString(), replies[1].Json!["attachments"]!.ToJsonString());
        var record = (await LateReplyAsync("late-1"))!;
        Assert.Equal(DeliveryOutcome.Sent, record.Outcome);
        Assert.True(record.PossiblyDuplicated);
        Assert.Equal(MessageKinds.LateReply, record.Kind);
    }

    [Fact]
    public async Task Reply_ServerErrorsThroughTheTurn_HandedToTheOutboxAndSentOnceThere()
    {
        host.Connector.Respond(r => r.Is("POST", ReplyPath + "late-2"), ScriptedResponse.Error(500, "InternalServerError"), times: 4);

        var response = await host.PostAsync(TestActivities.PersonalMessage(host.ServiceUrl, "help", id: "late-2"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(4, host.Connector.Requests.Count(r => r.Is("POST", ReplyPath + "late-2")));

        await host.SendQueuedAsync();

        Assert.Equal(5, host.Connector.Requests.Count(r => r.Is("POST", ReplyPath + "late-2")));
        var record = (await LateReplyAsync("late-2"))!;
        Assert.Equal(DeliveryOutcome.Sent, record.Outcome);
        Assert.False(record.PossiblyDuplicated);
    }

    [Fact]
    public async Task Reply_ThrottledBeyondTheTurn_HandedToTheOutboxWhichWaitsOutTheRetryAfter()
    {
        host.Connector.Respond(r => r.Is("POST", ReplyPath + "late-3"), ScriptedResponse.Throttled("30"), times: 2);

        var response = await host.PostAsync(TestActivities.PersonalMessage(host.ServiceUrl, "help", id: "late-3"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        Assert.Single(host.Connector.Requests, r => r.Is("POST", ReplyPath + "late-3"));

        await host.SendQueuedAsync();

        // The worker met the second 429 and keeps the reply for after the Retry-After, pausing the tenant meanwhile.
        Assert.Equal(2, host.Connector.Requests.Count(r => r.Is("POST", ReplyPath + "late-3")));
        var record = (await LateReplyAsync("late-3"))!;
        Assert.Equal(DeliveryOutcome.Sending, record.Outcome);
        Assert.Equal(1, record.Attempts);
        var pausedUntil = await host.Services.GetRequiredService<SendPauseStore>().GetPausedUntilAsync(TestActivities.Tenant, CancellationToken.None);
        Assert.Equal(host.Time.GetUtcNow() + TimeSpan.FromSeconds(30), pausedUntil);
    }

    [Fact]
    public async Task Reply_RefusedByTeams_NotHandedToTheOutbox()
    {
        host.Connector.Respond(r => r.Is("POST", ReplyPath + "late-4"), ScriptedResponse.Error(400, "BadRequest"), times: 2);

        await host.PostAsync(TestActivities.PersonalMessage(host.ServiceUrl, "help", id: "late-4"));
        await host.SendQueuedAsync();

        Assert.Null(await LateReplyAsync("late-4"));
    }

    private async Task<DeliveryRecord?> LateReplyAsync(string activityId)
    {
        var store = host.Services.GetRequiredService<DeliveryStore>();
        var week = IsoWeek.Of(host.Time.GetUtcNow(), ZoneChoice.Default).ToString();
        return await store.GetAsync(TestActivities.Tenant, OutboundMessage.NoTeam, week, $"reply/{activityId}/1", TestActivities.UserAad, CancellationToken.None);
    }
}
