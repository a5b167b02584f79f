using System.Text.Json.Nodes;
using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.Members;
using BreedBot.Domain.Pairing;
using BreedBot.Domain.Teams;
using BreedBot.Domain.TeamWeeks;
using BreedBot.Storage.DuoWeeks;
using BreedBot.Storage.Members;
using BreedBot.Storage.Pairing;
using BreedBot.Storage.Teams;
using BreedBot.Testing;
using BreedBot.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace BreedBot.Web.Tests.DuoWeeks;

/// <summary>
/// A reminder card carries the keys an answer addresses rows by (team, week, duo key, member keys). Forged ones reach
/// no one else's rows: not another duo of the sender's team, not a duo that does not exist, not another team's duo.
/// Each is answered kindly, and nothing is stored or shown to anyone.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class DuoWeekForgeryTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string OtherTeam = "19:wijkteam-zuid@thread.tacv2";
    private const string NotYourDuo = "hoort niet bij een duo waar je nu in zit";
    private static readonly IsoWeek Week = new(2027, 7);

    private static readonly (string Id, string Name, string Aad, string Role)[] People =
    [
        (TestActivities.UserId, "Alex Wilber", TestActivities.UserAad, "owner"),
        ("29:1ana", "Ana Jansen", "aad-ana", "user"),
        ("29:1bo", "Bo de Wit", "aad-bo", "user"),
        ("29:1cas", "Cas Smit", "aad-cas", "user"),
    ];

    private ReminderHarness team = null!;

    public async Task InitializeAsync()
    {
        team = await ReminderHarness.StartAsync(azurite.ConnectionString, People);
        await team.AtAsync(ReminderHarness.Moment.AddMinutes(1));
    }

    public async Task DisposeAsync() => await team.DisposeAsync();

    [Fact]
    public async Task CheckIn_AnotherDuoOfMyTeamWithItsOwnKeys_RefusedAndNothingStored()
    {
        var (me, mine, theirs) = await DuosAsync();

        var answer = await CheckInAsync(me, Card(TestActivities.TeamId, theirs));

        Assert.Contains(NotYourDuo, answer, StringComparison.Ordinal);
        await AssertNothingHappenedAsync();
        Assert.Contains(mine.Members, m => m == me.Aad);
    }

    [Fact]
    public async Task CheckIn_AnotherDuosKeyWithMeAmongItsMembers_RefusedAndNothingStored()
    {
        var (me, _, theirs) = await DuosAsync();
        var card = Card(TestActivities.TeamId, theirs);
        card["members"] = me.Aad + "," + theirs.Members[0];

        var answer = await CheckInAsync(me, card);

        Assert.Contains(NotYourDuo, answer, StringComparison.Ordinal);
        await AssertNothingHappenedAsync();
    }

    [Fact]
    public async Task CheckIn_MadeUpDuoOfMeAndSomeoneElse_RefusedAndNoWeekForIt()
    {
        var (me, _, theirs) = await DuosAsync();
        string[] madeUp = [me.Aad, theirs.Members[0]];
        var card = Card(TestActivities.TeamId, new Duo(madeUp, new WeeklyMoment(DayOfWeek.Tuesday, new TimeOnly(9, 30)), true));

        var answer = await CheckInAsync(me, card);

        Assert.Contains(NotYourDuo, answer, StringComparison.Ordinal);
        await AssertNothingHappenedAsync();
        Assert.DoesNotContain(await team.WeeksAsync(), w => w.DuoKey == DuoKey.Of(1, madeUp));
    }

    [Fact]
    public async Task CheckIn_AnotherTeamsDuo_RefusedAndItsWeekUntouched()
    {
        var (me, _, _) = await DuosAsync();
        var other = await SeedOtherTeamAsync();
        var madeUp = new Duo([me.Aad, other.Members[0]], other.Moment, true);

        var theirsAnswer = await CheckInAsync(me, Card(OtherTeam, other));
        var madeUpAnswer = await CheckInAsync(me, Card(OtherTeam, madeUp));

        Assert.Contains(NotYourDuo, theirsAnswer, StringComparison.Ordinal);
        Assert.Contains(NotYourDuo, madeUpAnswer, StringComparison.Ordinal);
        var weeks = await team.Host.Services.GetRequiredService<DuoWeekStore>().ListTeamAsync(TestActivities.Tenant, OtherTeam, CancellationToken.None);
        var week = Assert.Single(weeks);
        Assert.True(week.IsOpen);
        Assert.Empty(team.CardUpdates());
    }

    private async Task<string> CheckInAsync((string Id, string Name, string Aad, string Role) who, JsonObject card)
    {
        var response = await team.Host.PostAsync(team.Answer(who, "duo.checkin", card, ("what", "CaseDiscussed"), ("usefulness", "5")));
        await team.Host.SendQueuedAsync();
        return await ReminderHarness.ReadableAsync(response);
    }

    private async Task AssertNothingHappenedAsync()
    {
        await team.AssertNothingAnsweredAsync();
        Assert.Empty(team.CardUpdates());
        var facts = await team.WeekFactsAsync(Week);
        Assert.DoesNotContain(facts.Facts, f => f is DuoMomentHeld);
        Assert.Equal(0, facts.Participants);
    }

    private static JsonObject Card(string teamId, Duo duo) => new()
    {
        ["team"] = teamId,
        ["week"] = Week.ToString(),
        ["duo"] = DuoKey.Of(1, duo.Members),
        ["members"] = string.Join(',', DuoKey.Ordered(duo.Members)),
    };

    // Ana is the sender; her duo and the other one, as the pairing stored them.
    private async Task<((string Id, string Name, string Aad, string Role) Me, Duo Mine, Duo Theirs)> DuosAsync()
    {
        var rotation = await team.Host.Services.GetRequiredService<DuoStore>().GetCurrentAsync(TestActivities.Tenant, TestActivities.TeamId, CancellationToken.None);
        var me = People[1];
        Assert.Equal(2, rotation!.Duos.Count);
        return (me, rotation.Duos.Single(d => d.Members.Contains(me.Aad)), rotation.Duos.Single(d => !d.Members.Contains(me.Aad)));
    }

    // Another team of the same tenant without Ana, with its duo's week planned as its reminder would leave it.
    private async Task<Duo> SeedOtherTeamAsync()
    {
        var services = team.Host.Services;
        var now = team.Host.Time.GetUtcNow();
        await services.GetRequiredService<TeamStore>().RecordInstallAsync(TestActivities.Tenant, OtherTeam, "Wijkteam Zuid", null, new ConversationAddress(team.Host.ServiceUrl, OtherTeam, TestActivities.BotId), CancellationToken.None);
        var members = services.GetRequiredService<MemberStore>();
        string[] keys = ["aad-dirk", "aad-eva"];
        foreach (var key in keys)
        {
            await members.EnsureInvitedAsync(TestActivities.Tenant, OtherTeam, "Wijkteam Zuid", key, "29:" + key, key, null, CancellationToken.None);
            await members.UpdateAsync(TestActivities.Tenant, OtherTeam, key, (m, at) => m with
            {
                Status = MembershipStatus.Joined,
                Profile = new MemberProfile(MemberRole.Wijkteam, Beroepscluster.SociaalWerk, new WeeklyMoment(DayOfWeek.Tuesday, new TimeOnly(9, 30)), null, []),
                StatusChangedAt = at,
            }, CancellationToken.None);
        }

        var duo = new Duo(keys, new WeeklyMoment(DayOfWeek.Tuesday, new TimeOnly(9, 30)), true);
        Assert.True(await services.GetRequiredService<DuoStore>().TrySaveAsync(TestActivities.Tenant, OtherTeam, 0, new DuoRotation(1, 1, now.AddDays(-7), [duo]), CancellationToken.None));
        await services.GetRequiredService<DuoWeekStore>().PlanAsync(TestActivities.Tenant, OtherTeam, Week, DuoKey.Of(1, keys),
            new DuoWeekPlan(duo.Moment, true, now.AddDays(-7), "Wijkteam Zuid", null), new DuoMomentPlanned("duo/planned/" + Week + "/" + DuoKey.Of(1, keys)), CancellationToken.None);
        return duo;
    }
}
