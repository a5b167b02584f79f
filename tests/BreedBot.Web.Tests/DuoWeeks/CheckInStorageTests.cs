using System.Text.Json.Nodes;
using BreedBot.Domain.TeamWeeks;
using BreedBot.Storage;
using BreedBot.Storage.Members;
using BreedBot.Storage.TeamWeeks;
using BreedBot.Testing;
using BreedBot.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace BreedBot.Web.Tests.DuoWeeks;

/// <summary>
/// The round trips of a check-in on a sent reminder (the inbound benchmark's 'checkin' turn): the duo's week with
/// its plan and the duo's member rows are read side by side, the week and its facts are written in one transaction —
/// three requests, two in sequence — and the partner's card is shown again after the reply.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class CheckInStorageTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly (string Id, string Name, string Aad, string Role) Ana = ReminderHarness.Roster[1];

    private readonly StorageRequests storage = new(StorageRequests.TurnHold);
    private BotHost host = null!;
    private ReminderHarness duo = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(azurite.ConnectionString, new Dictionary<string, string?> { ["Scheduler:RunLoop"] = "false" },
            services: services => storage.Register(services, azurite.ConnectionString));
        duo = new ReminderHarness(host);
        await duo.SetUpDuoAsync();
        await duo.AtAsync(ReminderHarness.Moment.AddMinutes(1));
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task CheckIn_OnTheSentReminder_ThreeRequestsTwoInSequence()
    {
        var turn = storage.NewTurn();

        var (response, _) = await host.PostTracedAsync(duo.Answer(Ana, "duo.checkin", duo.ReminderData(), ("what", "CaseDiscussed"), ("usefulness", "4")), turn);

        Assert.Contains("Gedaan deze week: casus besproken · nut 4/5", await ReminderHarness.ReadableAsync(response), StringComparison.Ordinal);
        var path = storage.OfTurn(turn);
        Assert.Equal(3, path.Count);
        Assert.Equal(2, StorageRequests.Depth(path));
        // The week with its plan (and the week's salt when this instance does not know it), the duo's two member rows
        // in one query, then the week and its facts in one transaction.
        Assert.Single(path, r => r.Method == "GET" && r.IsFor(StorageTables.TeamWeekFactsName));
        Assert.Single(path, r => r.Method == "GET" && !r.IsPointRead && r.IsFor(StorageTables.MembersName));
        Assert.Single(path, r => r.IsTransaction);
    }

    [Fact]
    public async Task CheckIn_OnTheSentReminder_WeekAndFactsStoredTogetherAndThePartnersCardAfterTheReply()
    {
        var turn = storage.NewTurn();

        await host.PostTracedAsync(duo.Answer(Ana, "duo.checkin", duo.ReminderData(), ("what", "CaseDiscussed"), ("usefulness", "4")), turn);
        await host.AfterReplyDoneAsync();

        var week = Assert.Single(await duo.WeeksAsync());
        Assert.Equal(Domain.DuoWeeks.DuoActivity.CaseDiscussed, week.CheckIn?.What);
        var facts = await host.Services.GetRequiredService<TeamWeekFactStore>().GetWeekAsync(TestActivities.Tenant, TestActivities.TeamId, week.Week, CancellationToken.None);
        Assert.Single(facts.Facts, f => f is DuoMomentHeld { Usefulness: 4 });
        Assert.Single(facts.Facts, f => f is DuoMomentPlanned);
        Assert.Equal(2, facts.Participants);
        // Alex's card is updated from his delivery record, read outside the turn.
        Assert.Single(duo.CardUpdates());
        Assert.DoesNotContain(storage.OfTurn(turn), r => r.IsFor(StorageTables.DeliveriesName));
        Assert.Contains(storage.Requests, r => r.Trace != turn && r.IsFor(StorageTables.DeliveriesName));
    }

    [Fact]
    public async Task Skip_OnTheSentReminder_ThreeRequestsTwoInSequence()
    {
        var turn = storage.NewTurn();

        var (response, _) = await host.PostTracedAsync(duo.Answer(Ana, "duo.skip", duo.ReminderData(), ("reason", "Ill")), turn);

        Assert.Contains("Deze week overgeslagen", await ReminderHarness.ReadableAsync(response), StringComparison.Ordinal);
        var path = storage.OfTurn(turn);
        Assert.Equal(3, path.Count);
        Assert.Equal(2, StorageRequests.Depth(path));
    }

    [Fact]
    public async Task CheckIn_TeamsSendsTheZoneStoredForThem_NoLookUpOfTheirTeamsAfterTheReply()
    {
        await StoreZoneAsync(Ana.Aad, "Europe/Amsterdam");
        await host.AfterReplyDoneAsync(); // what the setup's messages left, the zones they brought among it
        storage.Clear();

        await host.PostAsync(WithZone(duo.Answer(Ana, "duo.checkin", duo.ReminderData(), ("what", "CaseDiscussed")), "Europe/Amsterdam"));
        await host.AfterReplyDoneAsync();

        // The member row read on the path showed the zone: no query of her teams, no member row read again to compare.
        Assert.DoesNotContain(storage.Requests, r => r.IsFor(StorageTables.MembershipsName));
        Assert.Single(storage.Requests, r => r.IsFor(StorageTables.MembersName));
    }

    [Fact]
    public async Task CheckIn_TeamsSendsAnotherZone_StoredOnHerRowAfterTheReply()
    {
        await StoreZoneAsync(Ana.Aad, "Europe/Amsterdam");

        await host.PostAsync(WithZone(duo.Answer(Ana, "duo.checkin", duo.ReminderData(), ("what", "CaseDiscussed")), "Europe/Lisbon"));
        await host.AfterReplyDoneAsync();

        var row = await host.Services.GetRequiredService<MemberStore>().GetAsync(TestActivities.Tenant, TestActivities.TeamId, Ana.Aad, CancellationToken.None);
        Assert.Equal("Europe/Lisbon", row?.TimeZoneId);
    }

    [Fact]
    public async Task CheckIn_CardSentBeforeCardsCarriedMemberKeys_CheckedAgainstTheRotationAndStillCounts()
    {
        var data = duo.ReminderData();
        data.Remove("members");
        var turn = storage.NewTurn();

        var (response, _) = await host.PostTracedAsync(duo.Answer(Ana, "duo.checkin", data, ("what", "LookedBack")), turn);
        await host.AfterReplyDoneAsync();

        Assert.Contains("Gedaan deze week: teruggekeken", await ReminderHarness.ReadableAsync(response), StringComparison.Ordinal);
        Assert.Single(duo.CardUpdates());
        // The long way: the team row, the rotation, the duo's members, then the week.
        var path = storage.OfTurn(turn);
        Assert.Contains(path, r => r.IsFor(StorageTables.DuosName));
        Assert.Contains(path, r => r.IsFor(StorageTables.TeamsName));
    }

    private static JsonObject WithZone(JsonObject activity, string zone)
    {
        activity["entities"] = new JsonArray(new JsonObject { ["type"] = "clientInfo", ["locale"] = "nl-NL", ["timezone"] = zone });
        return activity;
    }

    private async Task StoreZoneAsync(string memberKey, string zone) =>
        await host.Services.GetRequiredService<MemberStore>().UpdateAsync(TestActivities.Tenant, TestActivities.TeamId, memberKey, (m, _) => m with { TimeZoneId = zone }, CancellationToken.None);
}
