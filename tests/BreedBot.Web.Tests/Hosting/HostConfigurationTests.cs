using System.Net;
using BreedBot.Storage;
using BreedBot.Testing;

namespace BreedBot.Web.Tests.Hosting;

/// <summary>The switches operators set: the development bypass, the tenant allow-list, and what happens when storage is down.</summary>
[Collection(SharedAzurite.Name)]
public sealed class HostConfigurationTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task PostAsync_DevelopmentSwitchWithoutToken_IsAnswered()
    {
        await using var host = await BotHost.StartAsync(azurite.ConnectionString, new Dictionary<string, string?>
        {
            ["Bot:DangerouslyAllowUnauthenticatedRequests"] = "true",
        });

        var response = await host.PostAsync(TestActivities.PersonalMessage(host.ServiceUrl, "help"), authorization: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(host.Connector.Requests);
    }

    [Fact]
    public async Task PostAsync_DevelopmentSwitchWithForgedToken_IsStillRefused()
    {
        await using var host = await BotHost.StartAsync(azurite.ConnectionString, new Dictionary<string, string?>
        {
            ["Bot:DangerouslyAllowUnauthenticatedRequests"] = "true",
        });

        var response = await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl), host.Authorization(t => t.Audience = "someone-else"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await host.RowsAsync(StorageTables.TeamsName));
    }

    [Fact]
    public async Task PostAsync_TenantNotOnAllowList_Returns401AndStoresNothing()
    {
        await using var host = await BotHost.StartAsync(azurite.ConnectionString, new Dictionary<string, string?>
        {
            ["Bot:AllowedTenants:0"] = "some-other-tenant",
        });

        var response = await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await host.RowsAsync(StorageTables.TeamsName));
        Assert.Empty(host.Connector.Requests);
    }

    [Fact]
    public async Task HealthEndpoints_StorageUp_LiveAndReady()
    {
        await using var host = await BotHost.StartAsync(azurite.ConnectionString);

        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/readyz")).StatusCode);
    }

    [Fact]
    public async Task StorageDown_InstallFailsCleanlyAndReadinessSaysSo()
    {
        await using var host = await BotHost.StartAsync(AzuriteFixture.ConnectionStringFor(ClosedPort(), ClosedPort()));

        var install = await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, install.StatusCode);
        Assert.Empty(host.Connector.Requests);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await host.Client.GetAsync("/readyz")).StatusCode);
    }

    // A port that was free a moment ago: nothing answers there, so every storage call fails fast.
    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
