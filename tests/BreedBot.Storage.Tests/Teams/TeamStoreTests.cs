using BreedBot.Domain.Teams;
using BreedBot.Storage.Teams;
using BreedBot.Testing;

namespace BreedBot.Storage.Tests.Teams;

[Collection(SharedAzurite.Name)]
public class TeamStoreTests(AzuriteFixture azurite)
{
    private const string Tenant = "tenant-a";
    private const string TeamId = "19:abc/def#1@thread.tacv2";
    private static readonly ConversationAddress Channel = new("https://smba.trafficmanager.net/emea/", "19:abc@thread.tacv2", "28:bot");

    [Fact]
    public async Task RecordInstallAsync_NewTeam_StoresInstalledTeamWithoutWelcome()
    {
        var (store, ctx) = await CreateAsync();

        await store.RecordInstallAsync(Tenant, TeamId, "Wijkteam Noord", "group-1", Channel, CancellationToken.None);

        var stored = await store.GetAsync(Tenant, TeamId, CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal(InstallationStatus.Installed, stored.Status);
        Assert.Equal("Wijkteam Noord", stored.TeamName);
        Assert.Equal(Channel, stored.Channel);
        Assert.Equal(ctx.Time.GetUtcNow(), stored.StatusChangedAt);
        Assert.True(stored.NeedsWelcome);
    }

    [Fact]
    public async Task TryClaimWelcomeAsync_ConcurrentClaims_ExactlyOneWins()
    {
        var (store, _) = await CreateAsync();
        await store.RecordInstallAsync(Tenant, TeamId, "Team", null, Channel, CancellationToken.None);

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => store.TryClaimWelcomeAsync(Tenant, TeamId, CancellationToken.None)));

        Assert.Equal(1, claims.Count(c => c));
        Assert.False((await store.GetAsync(Tenant, TeamId, CancellationToken.None))!.NeedsWelcome);
    }

    [Fact]
    public async Task RecordInstallAsync_RepeatedDelivery_KeepsWelcomeClaim()
    {
        var (store, _) = await CreateAsync();
        await store.RecordInstallAsync(Tenant, TeamId, "Team", null, Channel, CancellationToken.None);
        Assert.True(await store.TryClaimWelcomeAsync(Tenant, TeamId, CancellationToken.None));

        var again = await store.RecordInstallAsync(Tenant, TeamId, "Team", null, Channel, CancellationToken.None);

        Assert.False(again.NeedsWelcome);
        Assert.False(await store.TryClaimWelcomeAsync(Tenant, TeamId, CancellationToken.None));
    }

    [Fact]
    public async Task ReleaseWelcomeAsync_AfterFailedPost_AllowsANewClaim()
    {
        var (store, _) = await CreateAsync();
        await store.RecordInstallAsync(Tenant, TeamId, "Team", null, Channel, CancellationToken.None);
        Assert.True(await store.TryClaimWelcomeAsync(Tenant, TeamId, CancellationToken.None));

        await store.ReleaseWelcomeAsync(Tenant, TeamId, CancellationToken.None);

        Assert.True(await store.TryClaimWelcomeAsync(Tenant, TeamId, CancellationToken.None));
    }

    [Fact]
    public async Task RecordInstallAsync_AfterUninstall_ReinstallsAndWelcomesAgain()
    {
        var (store, ctx) = await CreateAsync();
        await store.RecordInstallAsync(Tenant, TeamId, "Team", null, Channel, CancellationToken.None);
        await store.TryClaimWelcomeAsync(Tenant, TeamId, CancellationToken.None);
        ctx.Time.Advance(TimeSpan.FromDays(1));
        await store.RecordRemovalAsync(Tenant, TeamId, InstallationStatus.Uninstalled, CancellationToken.None);
        Assert.Equal(InstallationStatus.Uninstalled, (await store.GetAsync(Tenant, TeamId, CancellationToken.None))!.Status);

        ctx.Time.Advance(TimeSpan.FromDays(2));
        var reinstalled = await store.RecordInstallAsync(Tenant, TeamId, "Team", null, Channel, CancellationToken.None);

        Assert.Equal(InstallationStatus.Installed, reinstalled.Status);
        Assert.Equal(ctx.Time.GetUtcNow(), reinstalled.StatusChangedAt);
        Assert.True(reinstalled.NeedsWelcome);
    }

    [Fact]
    public async Task RecordRemovalAsync_UnknownTeam_StoresNothing()
    {
        var (store, _) = await CreateAsync();

        await store.RecordRemovalAsync(Tenant, "19:never@thread.tacv2", InstallationStatus.Deleted, CancellationToken.None);

        Assert.Null(await store.GetAsync(Tenant, "19:never@thread.tacv2", CancellationToken.None));
    }

    [Fact]
    public async Task GetAsync_OtherTenant_SeesNothing()
    {
        var (store, _) = await CreateAsync();
        await store.RecordInstallAsync(Tenant, TeamId, "Team", null, Channel, CancellationToken.None);

        Assert.Null(await store.GetAsync("tenant-b", TeamId, CancellationToken.None));
    }

    private async Task<(TeamStore Store, StorageTestContext Context)> CreateAsync()
    {
        var ctx = await new StorageTestContext(azurite).InitializeAsync();
        return (new TeamStore(ctx.Tables, ctx.Time), ctx);
    }
}
