using BreedBot.Storage;
using BreedBot.Testing;
using BreedBot.Web.Retention;
using BreedBot.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace BreedBot.Web.Tests.Retention;

/// <summary>A team that removes BreedBot keeps its data for the grace period (30 days), then loses all of it.</summary>
[Collection(SharedAzurite.Name)]
public sealed class TeamDataRetentionTests(AzuriteFixture azurite) : IAsyncLifetime
{
    // Advancing the fake clock would also fire the host's own scheduler, whose daily retention run
    // would race the rule the test applies; the test runs the rule itself.
    private static readonly Dictionary<string, string?> NoSchedulerLoop = new() { ["Scheduler:RunLoop"] = "false" };

    private BotHost host = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(azurite.ConnectionString, NoSchedulerLoop);
        host.Connector.SetRoster(TestActivities.TeamId, [new StandInMember(TestActivities.UserId, "Alex Wilber", TestActivities.UserAad), new StandInMember("29:1ana", "Ana Jansen", "aad-ana")]);
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl, type: "installationUpdate"));
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task RunAsync_WithinTheGracePeriod_KeepsTheTeam()
    {
        await host.PostAsync(Uninstall());
        host.Time.Advance(TimeSpan.FromDays(29));

        Assert.Equal(0, await RunAsync());

        Assert.Equal(2, (await host.RowsAsync(StorageTables.MembersName)).Count);
    }

    [Fact]
    public async Task RunAsync_AfterTheGracePeriod_DeletesEveryRowOfTheTeam()
    {
        await host.PostAsync(Uninstall());
        host.Time.Advance(TimeSpan.FromDays(30));

        Assert.Equal(1, await RunAsync());

        foreach (var table in StorageTables.All.Where(t => t != StorageTables.UserConversationsName))
        {
            // The deployment's own retention runs leave claim rows of their own; no row of the tenant may stay.
            Assert.Empty((await host.RowsAsync(table)).Where(r => r.PartitionKey.StartsWith(TestActivities.Tenant, StringComparison.Ordinal)).Select(r => $"{table}/{r.PartitionKey}/{r.RowKey}"));
        }
    }

    [Fact]
    public async Task RunAsync_ReinstalledWithinTheGracePeriod_KeepsEverythingForGood()
    {
        await host.PostAsync(Uninstall());
        host.Time.Advance(TimeSpan.FromDays(10));
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl, type: "installationUpdate"));
        host.Time.Advance(TimeSpan.FromDays(60));

        Assert.Equal(0, await RunAsync());

        Assert.Equal(2, (await host.RowsAsync(StorageTables.MembersName)).Count);
    }

    private async Task<int> RunAsync()
    {
        using var scope = host.Services.CreateScope();
        var rule = scope.ServiceProvider.GetServices<IRetentionRule>().OfType<TeamDataRetention>().Single();
        return await rule.ApplyAsync(host.Time.GetUtcNow(), CancellationToken.None);
    }

    private System.Text.Json.Nodes.JsonObject Uninstall()
    {
        var activity = TestActivities.TeamInstall(host.ServiceUrl, type: "installationUpdate");
        activity["action"] = "remove";
        activity["id"] = "uninstall-1";
        return activity;
    }
}
