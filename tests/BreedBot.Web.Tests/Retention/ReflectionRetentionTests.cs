using BreedBot.Domain.Reflections;
using BreedBot.Storage.Reflections;
using BreedBot.Storage.Teams;
using BreedBot.Testing;
using BreedBot.Web.Retention;
using BreedBot.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace BreedBot.Web.Tests.Retention;

/// <summary>
/// Reflections go 14 days after they were started when unfinished, and after the team's period
/// (default 90 days, owners choose within 30–365) counted from their last change when finished.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class ReflectionRetentionTests(AzuriteFixture azurite) : IAsyncLifetime
{
    // Advancing the fake clock would also fire the host's own scheduler, whose daily retention run
    // would race the rule the test applies; the test runs the rule itself.
    private static readonly Dictionary<string, string?> NoSchedulerLoop = new() { ["Scheduler:RunLoop"] = "false" };

    private const string Author = TestActivities.UserAad;
    private BotHost host = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(azurite.ConnectionString, NoSchedulerLoop);
        host.Connector.SetRoster(TestActivities.TeamId, [new StandInMember(TestActivities.UserId, "Alex Wilber", TestActivities.UserAad)]);
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl, type: "installationUpdate"));
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
    [InlineData(13, true)]
    [InlineData(14, false)]
    public async Task ApplyAsync_UnfinishedReflection_GoesAfterFourteenDays(int daysOld, bool kept)
    {
        await AddAsync(new Reflection(TestActivities.Tenant, Author, "open", Now.AddDays(-daysOld), Now.AddDays(-daysOld), 2, ReflectionStep.Discomfort));

        await RunAsync();

        Assert.Equal(kept, await ExistsAsync("open"));
    }

    [Theory]
    [InlineData(null, 89, true)]
    [InlineData(null, 90, false)]
    [InlineData(30, 29, true)]
    [InlineData(30, 30, false)]
    [InlineData(180, 120, true)]
    [InlineData(10, 29, true)] // Below the deployment's minimum of 30: clamped to it.
    [InlineData(10, 30, false)]
    public async Task ApplyAsync_FinishedReflection_GoesAfterTheTeamsPeriod(int? teamDays, int daysSinceLastChange, bool kept)
    {
        await host.Services.GetRequiredService<TeamStore>().UpdateSettingsAsync(
            TestActivities.Tenant, TestActivities.TeamId, s => s with { RetentionDays = teamDays }, CancellationToken.None);
        await AddAsync(Finished("done", Now.AddDays(-400), Now.AddDays(-daysSinceLastChange)));

        await RunAsync();

        Assert.Equal(kept, await ExistsAsync("done"));
    }

    [Fact]
    public async Task ApplyAsync_FollowUpAnsweredRecently_KeepsAReflectionFinishedLongAgo()
    {
        await AddAsync(Finished("touched", Now.AddDays(-200), Now.AddDays(-5)));

        await RunAsync();

        Assert.True(await ExistsAsync("touched"));
    }

    [Fact]
    public async Task ApplyAsync_RunTwice_SecondRunDeletesNothing()
    {
        await AddAsync(Finished("done", Now.AddDays(-200), Now.AddDays(-100)));

        Assert.Equal(1, await RunAsync());
        Assert.Equal(0, await RunAsync());
    }

    [Fact]
    public async Task ApplyAsync_SharedReflection_TakesThePartnersIndexRowWithIt()
    {
        await AddAsync(Finished("shared", Now.AddDays(-200), Now.AddDays(-100)) with { Shared = true, SharedWith = ["aad-ana"] });
        var shares = host.Services.GetRequiredService<ReflectionShareStore>();
        await shares.AddAsync(new ReflectionShare(TestActivities.Tenant, "aad-ana", Author, "shared", Now.AddDays(-100)), CancellationToken.None);

        await RunAsync();

        Assert.False(await ExistsAsync("shared"));
        Assert.Empty(await shares.ListAsync(TestActivities.Tenant, "aad-ana", CancellationToken.None));
    }

    private DateTimeOffset Now => host.Time.GetUtcNow();

    private static Reflection Finished(string id, DateTimeOffset started, DateTimeOffset lastChange) =>
        new(TestActivities.Tenant, Author, id, started, lastChange, 9, ReflectionStep.Done) { CompletedAt = started.AddHours(1) };

    private async Task AddAsync(Reflection reflection) =>
        Assert.True(await host.Services.GetRequiredService<ReflectionStore>().TryAddAsync(reflection, CancellationToken.None));

    private async Task<bool> ExistsAsync(string id) =>
        await host.Services.GetRequiredService<ReflectionStore>().GetAsync(TestActivities.Tenant, Author, id, CancellationToken.None) is not null;

    private async Task<int> RunAsync()
    {
        using var scope = host.Services.CreateScope();
        var rule = scope.ServiceProvider.GetServices<IRetentionRule>().OfType<ReflectionRetention>().Single();
        return await rule.ApplyAsync(Now, CancellationToken.None);
    }
}
