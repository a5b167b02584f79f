using System.Net;
using BreedBot.Storage;
using BreedBot.Testing;
using BreedBot.Web.Tests.Hosting;

namespace BreedBot.Web.Tests.Installation;

[Collection(SharedAzurite.Name)]
public sealed class TeamInstallTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private BotHost host = null!;

    public async Task InitializeAsync() => host = await BotHost.StartAsync(azurite.ConnectionString);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task PostAsync_TeamInstall_StoresTeamAndPostsWelcomeInChannel()
    {
        var response = await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var team = Assert.Single(await host.RowsAsync(StorageTables.TeamsName));
        Assert.Equal(TestActivities.Tenant, team.PartitionKey);
        Assert.Equal(TestActivities.TeamId, team.RowKey);
        Assert.Equal("Wijkteam Noord", team.GetString("TeamName"));
        Assert.Equal(host.ServiceUrl, team.GetString("ServiceUrl"));
        Assert.Equal("Installed", team.GetString("Status"));
        var welcome = Assert.Single(host.Connector.Requests, r => r.Method == "POST");
        Assert.Equal($"/v3/conversations/{TestActivities.TeamId}/activities", welcome.Path);
        Assert.Contains("Welkom bij BreedBot", welcome.Json!["attachments"]![0]!["content"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostAsync_InstallAnnouncedTwiceAndRepeated_PostsOneWelcome()
    {
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl, "conversationUpdate"));
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl, "installationUpdate"));
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl, "conversationUpdate"));

        Assert.Single(await host.RowsAsync(StorageTables.TeamsName));
        Assert.Single(host.Connector.Requests, r => r.Method == "POST");
    }

    [Fact]
    public async Task PostAsync_WelcomeRefusedByTeams_AsksForRedeliveryAndWelcomesThen()
    {
        host.Connector.Respond(r => r.Method == "POST", ScriptedResponse.BotNotInConversation());

        var first = await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));
        var second = await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(2, host.Connector.Requests.Count(r => r.Method == "POST"));
        Assert.NotNull(Assert.Single(await host.RowsAsync(StorageTables.TeamsName)).GetDateTimeOffset("WelcomePostedAt"));
    }

    [Fact]
    public async Task PostAsync_BotRemovedFromTeam_RecordsUninstall()
    {
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));
        var removal = TestActivities.TeamInstall(host.ServiceUrl, "installationUpdate");
        removal["action"] = "remove";

        await host.PostAsync(removal);

        Assert.Equal("Uninstalled", Assert.Single(await host.RowsAsync(StorageTables.TeamsName)).GetString("Status"));
    }

    [Fact]
    public async Task PostAsync_TeamDeleted_RecordsDeletion()
    {
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));
        var deleted = TestActivities.TeamInstall(host.ServiceUrl);
        deleted.Remove("membersAdded");
        deleted["channelData"]!["eventType"] = "teamDeleted";

        await host.PostAsync(deleted);

        Assert.Equal("Deleted", Assert.Single(await host.RowsAsync(StorageTables.TeamsName)).GetString("Status"));
    }
}
