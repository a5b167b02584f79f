using System.Net;
using BreedBot.Storage;
using BreedBot.Testing;
using BreedBot.Web.Tests.Hosting;

namespace BreedBot.Web.Tests.Turn;

/// <summary>
/// <c>Bot:AllowedServiceUrlHosts</c> is the whole truth in production: a loopback service URL is accepted only in the
/// Development environment or when the allow-list names it, and a refused one gets 401 before anything is stored.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class ServiceUrlTests(AzuriteFixture azurite)
{
    private static readonly Dictionary<string, string?> DefaultAllowList = new()
    {
        ["Bot:AllowedServiceUrlHosts"] = "smba.trafficmanager.net, *.botframework.com",
    };

    [Fact]
    public async Task PostAsync_ProductionAndLoopbackNotListed_Returns401AndStoresAndSendsNothing()
    {
        await using var host = await BotHost.StartAsync(azurite.ConnectionString, DefaultAllowList);

        var response = await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await host.RowsAsync(StorageTables.TeamsName));
        Assert.Empty(host.Connector.Requests);
    }

    [Fact]
    public async Task PostAsync_ProductionBypassSwitchAndLoopbackNotListed_Returns401AndStoresNothing()
    {
        var settings = new Dictionary<string, string?>(DefaultAllowList) { ["Bot:DangerouslyAllowUnauthenticatedRequests"] = "true" };
        await using var host = await BotHost.StartAsync(azurite.ConnectionString, settings);

        var response = await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl), authorization: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await host.RowsAsync(StorageTables.TeamsName));
        Assert.Empty(host.Connector.Requests);
    }

    [Fact]
    public async Task PostAsync_ProductionAndLoopbackNamedInTheAllowList_IsAnswered()
    {
        await using var host = await BotHost.StartAsync(azurite.ConnectionString);

        var response = await host.PostAsync(TestActivities.PersonalMessage(host.ServiceUrl, "help"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(host.Connector.Requests);
    }

    [Fact]
    public async Task PostAsync_DevelopmentAndLoopbackNotListed_IsAnswered()
    {
        await using var host = await BotHost.StartAsync(azurite.ConnectionString, DefaultAllowList, environment: "Development");

        var response = await host.PostAsync(TestActivities.PersonalMessage(host.ServiceUrl, "help"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(host.Connector.Requests);
    }
}
