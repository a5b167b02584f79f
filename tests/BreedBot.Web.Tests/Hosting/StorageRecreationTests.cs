using System.Net;
using BreedBot.Storage;
using BreedBot.Testing;
using BreedBot.Web.Outbound;
using Microsoft.Extensions.DependencyInjection;

namespace BreedBot.Web.Tests.Hosting;

/// <summary>
/// Storage that comes back empty (an in-memory emulator restarted, a storage account restored or recreated) is noticed
/// on the first "table not found" or "queue not found": the tables and queues are created again, without a restart.
/// </summary>
public sealed class StorageRecreationTests(StorageRecreationTests.OwnAzurite own) : IClassFixture<StorageRecreationTests.OwnAzurite>, IAsyncLifetime
{
    private BotHost host = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(own.Azurite.ConnectionString);
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl))).StatusCode);
        Assert.Single(await host.RowsAsync(StorageTables.TeamsName));
        await own.Azurite.RestartAsync();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task TeamInstall_AfterStorageCameBackEmpty_TablesCreatedAgainAndTheTeamStored()
    {
        Assert.Empty(await host.RowsAsync(StorageTables.TeamsName));

        var response = await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl, "installationUpdate"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(await host.RowsAsync(StorageTables.TeamsName));
    }

    [Fact]
    public async Task Turns_SeveralAtOnceAfterStorageCameBackEmpty_OneRecreationAndAllAnswered()
    {
        var responses = await Task.WhenAll(Enumerable.Range(1, 4).Select(i =>
            host.PostAsync(TestActivities.PersonalMessage(host.ServiceUrl, "mijn gegevens", id: "together-" + i))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(1, host.Services.GetRequiredService<StorageRecreation>().Runs);
    }

    [Fact]
    public async Task PersonalCommand_AfterStorageCameBackEmpty_AnsweredWithoutApology()
    {
        var response = await host.PostAsync(TestActivities.PersonalMessage(host.ServiceUrl, "mijn gegevens", id: "after-restart"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await host.Connector.WaitForRequestAsync(r => r.Path.EndsWith("/activities/after-restart", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.DoesNotContain("probeer het", reply.Body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Outbox_AfterStorageCameBackEmpty_QueueCreatedAgainAndTheMessageSent()
    {
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl, "installationUpdate"));
        var before = host.Connector.Requests.Count;

        await host.Services.GetRequiredService<IOutbox>().EnqueueAsync(
            new OutboundMessage(TestActivities.Tenant, TestActivities.TeamId, null, "test/after-restart", "test", null, "Hallo"), CancellationToken.None);
        await host.SendQueuedAsync();

        Assert.Single(host.Connector.Requests.Skip(before), r => r.Is("POST", "/v3/conversations/" + TestActivities.TeamId + "/activities"));
    }

    /// <summary>An Azurite of this class's own: restarting the shared one would empty every other test's tables.</summary>
    public sealed class OwnAzurite : IAsyncLifetime
    {
        public AzuriteFixture Azurite { get; private set; } = null!;

        public async Task InitializeAsync() => Azurite = await AzuriteFixture.StartOwnAsync();

        public async Task DisposeAsync() => await Azurite.DisposeAsync();
    }
}
