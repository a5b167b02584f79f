using System.Text.Json.Nodes;
using BreedBot.Storage;
using BreedBot.Testing;
using BreedBot.Web.Tests.Hosting;

namespace BreedBot.Web.Tests.Members;

/// <summary>
/// A person's Teams time zone (clientInfo) on every team row of theirs: Ana is in team Noord (ReminderHarness)
/// and is then added to team Zuid, where Alex and she become a duo with the same Tuesday 09:30 moment.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class MemberTimeZoneTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string TeamZuid = "19:wijkteam-zuid@thread.tacv2";
    private const string NewYork = "America/New_York";
    private static readonly (string Id, string Name, string Aad, string Role)[] Roster = ReminderHarness.Roster;

    private ReminderHarness duo = null!;
    private int sent;

    public async Task InitializeAsync() => duo = await ReminderHarness.StartAsync(azurite.ConnectionString);

    public async Task DisposeAsync() => await duo.DisposeAsync();

    [Fact]
    public async Task AddedToAnotherTeam_ZoneAlreadyStored_NewRowHasItAndTheReminderComesAtTheirMoment()
    {
        await SayHelpAsync(duo.Host, Roster[1], NewYork);

        await InstallZuidAsync();
        Assert.Equal(NewYork, await ZoneAsync(TeamZuid, Roster[1].Aad));
        foreach (var person in Roster)
        {
            await JoinZuidAsync(person, person == Roster[1] ? NewYork : "Europe/Amsterdam");
        }

        await PairZuidAsync();
        Assert.Equal(NewYork, await ZoneAsync(TeamZuid, Roster[1].Aad));

        await duo.AtAsync(ReminderHarness.Moment.AddMinutes(1));
        Assert.Equal(2, duo.Reminders().Count); // Alex's, in both teams; Ana's wait for 09:30 in New York
        await duo.AtAsync(new DateTimeOffset(2027, 2, 16, 14, 31, 0, TimeSpan.Zero));
        Assert.Equal(4, duo.Reminders().Count);
    }

    [Fact]
    public async Task ZoneChanges_InTwoTeams_EveryRowOfTheirsUpdated()
    {
        await InstallZuidAsync();

        await SayHelpAsync(duo.Host, Roster[1], NewYork);
        Assert.Equal(NewYork, await ZoneAsync(TestActivities.TeamId, Roster[1].Aad));
        Assert.Equal(NewYork, await ZoneAsync(TeamZuid, Roster[1].Aad));

        await SayHelpAsync(duo.Host, Roster[1], "Asia/Tokyo");
        Assert.Equal("Asia/Tokyo", await ZoneAsync(TestActivities.TeamId, Roster[1].Aad));
        Assert.Equal("Asia/Tokyo", await ZoneAsync(TeamZuid, Roster[1].Aad));
    }

    // Each instance remembers what it wrote so an ordinary message costs no storage; a change written by another
    // instance meanwhile is caught up with within the recheck interval instead of lasting until a restart.
    [Fact]
    public async Task ZoneChangesBack_OtherInstanceWroteTheChangeBetween_RowsFollowAfterTheRecheckInterval()
    {
        await using var second = BotHost.StartSecondInstance(duo.Host);
        await SayHelpAsync(duo.Host, Roster[1], NewYork);
        await SayHelpAsync(second, Roster[1], "Asia/Tokyo");
        Assert.Equal("Asia/Tokyo", await ZoneAsync(TestActivities.TeamId, Roster[1].Aad));

        duo.Host.Time.Advance(TimeSpan.FromMinutes(16));
        await SayHelpAsync(duo.Host, Roster[1], NewYork);

        Assert.Equal(NewYork, await ZoneAsync(TestActivities.TeamId, Roster[1].Aad));
    }

    private async Task<string?> ZoneAsync(string teamId, string memberKey)
    {
        var rows = await duo.Host.RowsAsync(StorageTables.MembersName);
        var row = Assert.Single(rows, r => r.GetString("MemberKey") == memberKey && r.PartitionKey.EndsWith("|" + TableKey.Escape(teamId), StringComparison.Ordinal));
        return row.GetString("TimeZoneId");
    }

    private async Task SayHelpAsync(BotHost at, (string Id, string Name, string Aad, string Role) who, string zone)
    {
        var message = TestActivities.PersonalMessageFrom(at.ServiceUrl, "help", "tz-" + who.Aad + "-" + ++sent, who.Id, who.Aad, zone);
        Assert.True((await at.PostAsync(message)).IsSuccessStatusCode);
    }

    private async Task InstallZuidAsync()
    {
        duo.Host.Connector.SetRoster(TeamZuid, Roster.Select(p => new StandInMember(p.Id, p.Name, p.Aad, UserPrincipalName: p.Aad + "@zuid.example", UserRole: p.Role)));
        var install = TestActivities.TeamInstall(duo.Host.ServiceUrl);
        install["id"] = "install-zuid";
        install["conversation"]!["id"] = TeamZuid;
        install["channelData"]!["team"] = new JsonObject { ["id"] = TeamZuid, ["name"] = "Wijkteam Zuid", ["aadGroupId"] = "group-zuid" };
        Assert.True((await duo.Host.PostAsync(install)).IsSuccessStatusCode);
        await duo.Host.SendQueuedAsync();
    }

    private async Task JoinZuidAsync((string Id, string Name, string Aad, string Role) who, string zone)
    {
        var activity = TestActivities.Join(duo.Host.ServiceUrl, who.Id, who.Aad, TeamZuid);
        activity["id"] = "join-zuid-" + who.Aad;
        activity["entities"] = new JsonArray(new JsonObject { ["type"] = "clientInfo", ["locale"] = "nl-NL", ["timezone"] = zone });
        var response = await duo.Host.PostAsync(activity);
        Assert.Contains("Je doet mee", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task PairZuidAsync()
    {
        var message = TestActivities.ChannelMessage(duo.Host.ServiceUrl, "koppel duo's", id: "pair-zuid");
        message["conversation"]!["id"] = TeamZuid + ";messageid=pair-zuid";
        message["channelData"] = new JsonObject
        {
            ["tenant"] = new JsonObject { ["id"] = TestActivities.Tenant },
            ["team"] = new JsonObject { ["id"] = TeamZuid, ["name"] = "Wijkteam Zuid" },
            ["channel"] = new JsonObject { ["id"] = TeamZuid },
        };
        Assert.True((await duo.Host.PostAsync(message)).IsSuccessStatusCode);
        await duo.Host.Connector.WaitForRequestAsync(
            r => r.Path.Contains("wijkteam-zuid", StringComparison.Ordinal) && r.Json?["text"]?.GetValue<string>()?.StartsWith("Gelukt", StringComparison.Ordinal) == true,
            TimeSpan.FromSeconds(10));
        await duo.Host.SendQueuedAsync();
    }
}
