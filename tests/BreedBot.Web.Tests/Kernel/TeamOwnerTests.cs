using System.Net;
using BreedBot.Storage;
using BreedBot.Testing;
using BreedBot.Web.Tests.Hosting;

namespace BreedBot.Web.Tests.Kernel;

/// <summary>
/// Who owns a team comes from Microsoft Graph (resource-specific consent), kept per team for at most five minutes; when
/// Graph cannot say (no consent, throttled, slow), Teams' roster decides. Probed with "@BreedBot status".
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class TeamOwnerTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Group = "group-noord";
    private const string GraphMembers = "/v1.0/teams/" + Group + "/members";
    private const string Refused = "Alleen de eigenaren van dit team";
    private BotHost host = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(azurite.ConnectionString);
        // As in a real tenant: the bot's roster never says "owner".
        host.Connector.SetRoster(TestActivities.TeamId,
        [
            new StandInMember(TestActivities.UserId, "Alex Wilber", TestActivities.UserAad, UserRole: "user"),
            new StandInMember("29:1ana", "Ana Jansen", "aad-ana", UserRole: "user"),
        ]);
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Status_GraphSaysOwnerWhileTheRosterSaysUser_Answered()
    {
        host.Graph.SetMembers(Group, [GraphMember.Owner(TestActivities.UserAad), GraphMember.Member("aad-ana")]);

        var answer = await AskAsync(TestActivities.UserId, TestActivities.UserAad, "own-1");

        Assert.StartsWith("Deze week (2027-W07)", answer, StringComparison.Ordinal);
        Assert.Single(host.Graph.Requests, r => r.Path == GraphMembers);
    }

    [Fact]
    public async Task Status_GraphSaysMemberWhileTheRosterSaysOwner_GraphIsTheTruth()
    {
        host.Connector.SetRoster(TestActivities.TeamId, [new StandInMember("29:1ana", "Ana Jansen", "aad-ana", UserRole: "owner")]);
        host.Graph.SetMembers(Group, [GraphMember.Owner(TestActivities.UserAad), GraphMember.Member("aad-ana")]);

        var answer = await AskAsync("29:1ana", "aad-ana", "own-2");

        Assert.Equal("Alleen de eigenaren van dit team kunnen zien hoeveel berichten van BreedBot zijn bezorgd. Vraag het gerust aan een van hen.", answer);
    }

    [Fact]
    public async Task Status_OwnerOnGraphsLastPage_FoundAcrossThePages()
    {
        host.Graph.PageSize = 2;
        host.Graph.SetMembers(Group,
            [GraphMember.Member("aad-1"), GraphMember.Member("aad-2"), GraphMember.Member("aad-ana"), GraphMember.Member("aad-4"), GraphMember.Owner(TestActivities.UserAad)]);

        var answer = await AskAsync(TestActivities.UserId, TestActivities.UserAad, "own-3");

        Assert.StartsWith("Deze week", answer, StringComparison.Ordinal);
        Assert.Equal(3, host.Graph.Requests.Count);
    }

    [Fact]
    public async Task Status_OwnerDemotedInTeams_KeepsTheRightAtMostFiveMinutes()
    {
        host.Graph.SetMembers(Group, [GraphMember.Owner(TestActivities.UserAad)]);
        Assert.StartsWith("Deze week", await AskAsync(TestActivities.UserId, TestActivities.UserAad, "own-4a"), StringComparison.Ordinal);

        host.Graph.SetMembers(Group, [GraphMember.Member(TestActivities.UserAad)]);
        host.Time.Advance(TimeSpan.FromMinutes(4));
        Assert.StartsWith("Deze week", await AskAsync(TestActivities.UserId, TestActivities.UserAad, "own-4b"), StringComparison.Ordinal);
        Assert.Single(host.Graph.Requests);

        host.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.StartsWith(Refused, await AskAsync(TestActivities.UserId, TestActivities.UserAad, "own-4c"), StringComparison.Ordinal);
        Assert.Equal(2, host.Graph.Requests.Count);
    }

    [Fact]
    public async Task Status_NoConsentAndTheRosterSaysOwner_Answered()
    {
        host.Connector.SetRoster(TestActivities.TeamId, [new StandInMember(TestActivities.UserId, "Alex Wilber", TestActivities.UserAad, UserRole: "owner")]);

        var answer = await AskAsync(TestActivities.UserId, TestActivities.UserAad, "own-5");

        Assert.StartsWith("Deze week", answer, StringComparison.Ordinal);
        Assert.Single(host.Graph.Requests);
    }

    [Fact]
    public async Task Status_NoConsentAndNotAnOwner_RefusalSaysToAskTheItAdministrator()
    {
        var answer = await AskAsync(TestActivities.UserId, TestActivities.UserAad, "own-6");

        Assert.StartsWith(Refused, answer, StringComparison.Ordinal);
        Assert.EndsWith("vraag je IT-beheerder om BreedBot toestemming te geven om de teamleden te lezen.", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_GraphThrottlesLongerThanTheTurnCanWait_RosterDecidesAndTheRefusalIsTheKindOne()
    {
        host.Graph.SetMembers(Group, [GraphMember.Owner(TestActivities.UserAad)]);
        host.Graph.Respond(r => r.Path == GraphMembers, ScriptedResponse.Throttled("30"), times: 10);

        var answer = await AskAsync(TestActivities.UserId, TestActivities.UserAad, "own-7");

        Assert.Equal("Alleen de eigenaren van dit team kunnen zien hoeveel berichten van BreedBot zijn bezorgd. Vraag het gerust aan een van hen.", answer);
        Assert.Single(host.Graph.Requests);
        Assert.Contains(host.Connector.Requests, r => r.Is("GET", $"/v3/conversations/{TestActivities.TeamId}/members/"));
    }

    [Fact]
    public async Task Status_GraphHangs_RosterDecidesWhenGraphsTimeIsUpAndTheTurnEndsInTime()
    {
        host.Connector.SetRoster(TestActivities.TeamId, [new StandInMember(TestActivities.UserId, "Alex Wilber", TestActivities.UserAad, UserRole: "owner")]);
        host.Graph.SetMembers(Group, [GraphMember.Owner(TestActivities.UserAad)]);
        host.Graph.Respond(r => r.Path == GraphMembers, ScriptedResponse.Hang());
        var started = host.Time.GetUtcNow();

        var post = host.PostAsync(TestActivities.ChannelMessage(host.ServiceUrl, "status", id: "own-8"));
        await host.Graph.WaitForHangAsync(0, TimeSpan.FromSeconds(10));
        host.Time.Advance(TimeSpan.FromSeconds(4));
        var response = await post.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(4), host.Time.GetUtcNow() - started);
        Assert.StartsWith("Over Wijkteam Noord:\nDeze week", await host.LastPersonalTextAsync(TestActivities.UserAad), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeamInstall_EventWithoutGroupId_TeamDetailsGiveItAndGraphIsAskedWithIt()
    {
        const string teamId = "19:wijkteam-zuid@thread.tacv2";
        host.Connector.SetTeam(teamId, "Wijkteam Zuid", aadGroupId: "group-zuid");
        host.Connector.SetRoster(teamId, [new StandInMember(TestActivities.UserId, "Alex Wilber", TestActivities.UserAad)]);
        host.Graph.SetMembers("group-zuid", [GraphMember.Owner(TestActivities.UserAad)]);
        var install = TestActivities.TeamInstall(host.ServiceUrl);
        install["conversation"]!["id"] = teamId;
        install["channelData"]!["team"] = new System.Text.Json.Nodes.JsonObject { ["id"] = teamId, ["name"] = "Wijkteam Zuid" };

        await host.PostAsync(install);
        var ask = TestActivities.ChannelMessage(host.ServiceUrl, "status", id: "own-9");
        ask["conversation"]!["id"] = teamId + ";messageid=own-9";
        ask["channelData"]!["team"] = new System.Text.Json.Nodes.JsonObject { ["id"] = teamId, ["name"] = "Wijkteam Zuid" };
        await host.PostAsync(ask);

        Assert.Equal("group-zuid", (await host.RowsAsync(StorageTables.TeamsName)).Single(t => t.GetString("TeamId") == teamId).GetString("AadGroupId"));
        Assert.Contains(host.Graph.Requests, r => r.Path == "/v1.0/teams/group-zuid/members");
        Assert.StartsWith("Over Wijkteam Zuid:\nDeze week", await host.LastPersonalTextAsync(TestActivities.UserAad), StringComparison.Ordinal);
    }

    private Task<string> AskAsync(string userId, string aad, string id) => host.AskPrivatelyAsync("status", id, userId, aad);
}
