using BreedBot.Domain.Outbound;
using BreedBot.Storage.Outbound;
using BreedBot.Testing;
using BreedBot.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace BreedBot.Web.Tests.Status;

/// <summary>
/// "@BreedBot status": owners see how many reminders of this week and last reached people, as counts only — in their
/// personal chat, never in the channel; others get a kind refusal there too.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class StatusTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private BotHost host = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(azurite.ConnectionString, new Dictionary<string, string?> { ["Outbox:BaseRetryDelay"] = "00:00:00" });
        host.Connector.SetRoster(TestActivities.TeamId,
        [
            new StandInMember(TestActivities.UserId, "Alex Wilber", TestActivities.UserAad, UserRole: "owner"),
            new StandInMember("29:1ana", "Ana Jansen", "aad-ana", UserRole: "user"),
        ]);
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Status_Owner_CountsPerWeekWithReasonsAndNoNames()
    {
        // Monday 15 February 2027 is in 2027-W07.
        await RecordAsync("2027-W07", "duo-reminder", DeliveryOutcome.Sent, DeliveryOutcome.Sent, DeliveryOutcome.Sent, DeliveryOutcome.BlockedByUser, DeliveryOutcome.NotFound);
        await RecordAsync("2027-W07", "duo-nudge", DeliveryOutcome.Sending);
        await RecordAsync("2027-W07", "weekly-summary", DeliveryOutcome.Sent);
        await RecordAsync("2027-W06", "duo-reminder", DeliveryOutcome.Sent, DeliveryOutcome.Sent);

        var reply = await AskAsync(TestActivities.UserId, TestActivities.UserAad, "st-1");

        Assert.Equal(
            "Deze week (2027-W07): 3 van 6 herinneringen bezorgd; 2 niet: BreedBot is geblokkeerd (1), niet meer in het team (1); 1 nog onderweg.\n"
            + "Andere berichten: 1 van 1 bericht bezorgd.\n"
            + "Vorige week (2027-W06): 2 van 2 herinneringen bezorgd.",
            reply);
        Assert.DoesNotContain("Ana", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_DuoAnnouncementsInvitationsAndOthers_EachOnALineOfTheirOwn()
    {
        await RecordAsync("2027-W07", "duo-announcement", DeliveryOutcome.Sent, DeliveryOutcome.BlockedByUser);
        await RecordAsync("2027-W07", "duo-notice", DeliveryOutcome.Sent);
        await RecordAsync("2027-W07", "invitation", DeliveryOutcome.Sent, DeliveryOutcome.Sent, DeliveryOutcome.NotFound);
        await RecordAsync("2027-W07", "role-card", DeliveryOutcome.Sent);
        await RecordAsync("2027-W06", "invitation", DeliveryOutcome.Sent);

        var reply = await AskAsync(TestActivities.UserId, TestActivities.UserAad, "st-5");

        Assert.Equal(
            "Deze week (2027-W07): geen herinneringen verstuurd.\n"
            + "Duo-aankondigingen: 2 van 3 berichten bezorgd; 1 niet: BreedBot is geblokkeerd (1).\n"
            + "Uitnodigingen: 2 van 3 uitnodigingen bezorgd; 1 niet: niet meer in het team (1).\n"
            + "Andere berichten: 1 van 1 bericht bezorgd.\n"
            + "Vorige week (2027-W06): geen herinneringen verstuurd.\n"
            + "Uitnodigingen: 1 van 1 uitnodiging bezorgd.",
            reply);
    }

    [Fact]
    public async Task Status_FailedAndDoubtfulDeliveries_SayWhyAndHowOftenTheyWereTried()
    {
        var store = host.Services.GetRequiredService<DeliveryStore>();
        DeliveryRecord Failed(int i, DeliveryFailure failure, int attempts, string reason) =>
            new(TestActivities.Tenant, TestActivities.TeamId, "2027-W07", $"invitation/{i}", "member-" + i, "invitation", DeliveryOutcome.Failed, default)
            {
                Failure = failure, Attempts = attempts, Reason = reason,
            };
        await store.SettleAsync(Failed(1, DeliveryFailure.Refused, 1, "400 BadRequest"), CancellationToken.None);
        await store.SettleAsync(Failed(2, DeliveryFailure.RetriesExhausted, 8, "503"), CancellationToken.None);
        await store.SettleAsync(Failed(3, DeliveryFailure.RetriesExhausted, 8, "500"), CancellationToken.None);
        await store.SettleAsync(Failed(4, DeliveryFailure.NoAnswer, 2, "timeout"), CancellationToken.None);
        await RecordAsync("2027-W07", "invitation", DeliveryOutcome.Sent);
        await store.SettleAsync(
            new DeliveryRecord(TestActivities.Tenant, TestActivities.TeamId, "2027-W07", "invitation/5", "member-5", "invitation", DeliveryOutcome.Sent, default)
            {
                Attempts = 2, PossiblyDuplicated = true,
            },
            CancellationToken.None);

        var reply = await AskAsync(TestActivities.UserId, TestActivities.UserAad, "st-6");

        Assert.Contains(
            "Uitnodigingen: 2 van 6 uitnodigingen bezorgd (1 misschien dubbel aangekomen); 4 niet: Teams weigerde het bericht (1), lukte niet na 8 pogingen (2), "
            + "Teams gaf geen antwoord, misschien toch aangekomen (1).",
            reply,
            StringComparison.Ordinal);
        Assert.DoesNotContain("herhaalde", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_ASendThatMetOneServerError_RetriedAndCountedAsDelivered()
    {
        host.Connector.Respond(r => r.Is("POST", "/v3/conversations/" + TestActivities.TeamId + "/activities"), ScriptedResponse.Error(500, "InternalServerError"));
        await host.Services.GetRequiredService<BreedBot.Web.Outbound.IOutbox>().EnqueueAsync(
            new BreedBot.Web.Outbound.OutboundMessage(TestActivities.Tenant, TestActivities.TeamId, null, "pairing/r000001", "channel-notice", null, "Gelukt") { Week = "2027-W07" },
            CancellationToken.None);
        await host.SendQueuedAsync();

        var reply = await AskAsync(TestActivities.UserId, TestActivities.UserAad, "st-9");

        Assert.Contains("Andere berichten: 1 van 1 bericht bezorgd.", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("herhaalde", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_NothingSent_SaysSoForBothWeeks()
    {
        var reply = await AskAsync(TestActivities.UserId, TestActivities.UserAad, "st-2");

        Assert.Equal("Deze week (2027-W07): geen herinneringen verstuurd.\nVorige week (2027-W06): geen herinneringen verstuurd.", reply);
    }

    [Fact]
    public async Task Status_NotAnOwner_KindExplanationInPrivateAndNoCounts()
    {
        await RecordAsync("2027-W07", "duo-reminder", DeliveryOutcome.BlockedByUser);
        host.Graph.SetMembers("group-noord", [GraphMember.Owner(TestActivities.UserAad), GraphMember.Member("aad-ana")]);

        var reply = await AskAsync("29:1ana", "aad-ana", "st-3");

        Assert.Equal("Alleen de eigenaren van dit team kunnen zien hoeveel berichten van BreedBot zijn bezorgd. Vraag het gerust aan een van hen.", reply);
        Assert.DoesNotContain("geblokkeerd", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_NotAnOwnerAndNoGraphConsent_SaysToAskTheItAdministrator()
    {
        var reply = await AskAsync("29:1ana", "aad-ana", "st-7");

        Assert.StartsWith("Alleen de eigenaren van dit team", reply, StringComparison.Ordinal);
        Assert.Contains("vraag je IT-beheerder om BreedBot toestemming te geven om de teamleden te lezen", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_Asked_ChannelThreadHearsOnlyThatItComesInPrivate()
    {
        await RecordAsync("2027-W07", "duo-reminder", DeliveryOutcome.Sent, DeliveryOutcome.BlockedByUser);

        await host.PostAsync(TestActivities.ChannelMessage(host.ServiceUrl, "status", id: "st-8"));

        var thread = host.Connector.Requests.Where(r => r.Path.Contains("/v3/conversations/" + Uri.EscapeDataString(TestActivities.TeamId), StringComparison.Ordinal)
            || Uri.UnescapeDataString(r.Path).StartsWith("/v3/conversations/" + TestActivities.TeamId, StringComparison.Ordinal)).ToList();
        var note = Assert.Single(thread, r => r.Path.EndsWith("/activities/st-8", StringComparison.Ordinal));
        Assert.Equal("Dat stuur ik je persoonlijk.", note.Json!["text"]!.GetValue<string>());
        Assert.DoesNotContain(thread, r => r.Body.Contains("herinneringen", StringComparison.Ordinal));
        Assert.Contains("1 van 2 herinneringen bezorgd", await host.LastPersonalTextAsync(TestActivities.UserAad), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_InPersonalChat_NotAnsweredThere()
    {
        await host.PostAsync(TestActivities.PersonalMessage(host.ServiceUrl, "status", id: "st-4"));

        var reply = await host.Connector.WaitForRequestAsync(r => r.Path.EndsWith("/activities/st-4", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        var text = reply.Json!["text"]!.GetValue<string>();
        Assert.DoesNotContain("herinneringen", text, StringComparison.Ordinal);
        // It speaks of what was asked, not of pairing.
        Assert.Contains("'@BreedBot status'", text, StringComparison.Ordinal);
        Assert.DoesNotContain("koppel", text, StringComparison.OrdinalIgnoreCase);
    }

    private Task<string> AskAsync(string userId, string aad, string id) => host.AskPrivatelyAsync("status", id, userId, aad);

    private async Task RecordAsync(string week, string kind, params DeliveryOutcome[] outcomes)
    {
        var store = host.Services.GetRequiredService<DeliveryStore>();
        for (var i = 0; i < outcomes.Length; i++)
        {
            await store.SettleAsync(new DeliveryRecord(TestActivities.Tenant, TestActivities.TeamId, week, $"{kind}/{week}/{i}", "member-" + i, kind, outcomes[i], default), CancellationToken.None);
        }
    }
}
