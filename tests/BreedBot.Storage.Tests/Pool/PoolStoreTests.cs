using Azure.Data.Tables;
using BreedBot.Domain.Pairing;
using BreedBot.Domain.Teams;
using BreedBot.Storage.Members;
using BreedBot.Storage.Pairing;
using BreedBot.Storage.Pool;
using BreedBot.Storage.Teams;
using BreedBot.Testing;

namespace BreedBot.Storage.Tests.Pool;

[Collection(SharedAzurite.Name)]
public class PoolStoreTests(AzuriteFixture azurite)
{
    private const string Tenant = "tenant-a";
    private const string Other = "tenant-b";
    private const string North = "19:noord@thread.tacv2";
    private const string South = "19:zuid@thread.tacv2";
    private static readonly DateTimeOffset Now = new(2027, 2, 15, 9, 0, 0, TimeSpan.Zero);
    private static readonly ConversationAddress Channel = new("https://smba.example/", "19:noord@thread.tacv2", "28:bot");
    private static readonly WeeklyMoment Tuesday = new(DayOfWeek.Tuesday, new TimeOnly(9, 30));

    [Fact]
    public async Task ListTeamsAsync_TwoTenants_EachSeesOnlyItsOwnPool()
    {
        var (store, _) = await CreateAsync();
        await store.JoinAsync(Tenant, North, Now, CancellationToken.None);
        await store.JoinAsync(Tenant, South, Now, CancellationToken.None);
        await store.JoinAsync(Other, "19:elders@thread.tacv2", Now, CancellationToken.None);

        Assert.Equal([North, South], (await store.ListTeamsAsync(Tenant, CancellationToken.None)).Order(StringComparer.Ordinal));
        Assert.Equal(["19:elders@thread.tacv2"], await store.ListTeamsAsync(Other, CancellationToken.None));
        Assert.False(await store.IsPooledAsync(Other, North, CancellationToken.None));
        Assert.Equal([Tenant], await store.ListPoolTenantsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task JoinAndLeave_Twice_SayWhetherAnythingChanged()
    {
        var (store, _) = await CreateAsync();

        Assert.True(await store.JoinAsync(Tenant, North, Now, CancellationToken.None));
        Assert.False(await store.JoinAsync(Tenant, North, Now.AddDays(1), CancellationToken.None));
        Assert.True(await store.IsPooledAsync(Tenant, North, CancellationToken.None));
        Assert.True(await store.LeaveAsync(Tenant, North, CancellationToken.None));
        Assert.False(await store.LeaveAsync(Tenant, North, CancellationToken.None));
        Assert.False(await store.IsPooledAsync(Tenant, North, CancellationToken.None));
    }

    [Fact]
    public async Task RecordOnTeamRowAsync_AfterJoinAndLeave_TheTeamRowSaysWhatTheListSays()
    {
        var (store, ctx) = await CreateAsync();
        var teams = new TeamStore(ctx.Tables, ctx.Time);
        var fresh = await teams.RecordInstallAsync(Tenant, North, "Noord", null, Channel, CancellationToken.None);

        await store.JoinAsync(Tenant, North, Now, CancellationToken.None);
        var stale = await teams.GetAsync(Tenant, North, CancellationToken.None);
        Assert.True(await store.RecordOnTeamRowAsync(Tenant, North, onlyWhenUnknown: false, CancellationToken.None));
        var joined = await teams.GetAsync(Tenant, North, CancellationToken.None);
        await store.LeaveAsync(Tenant, North, CancellationToken.None);
        await store.RecordOnTeamRowAsync(Tenant, North, onlyWhenUnknown: false, CancellationToken.None);

        Assert.Equal((false, false, true), (fresh.Pooled, stale!.Pooled, joined!.Pooled));
        Assert.False((await teams.GetAsync(Tenant, North, CancellationToken.None))!.Pooled);
        Assert.False(await store.RecordOnTeamRowAsync(Tenant, South, onlyWhenUnknown: false, CancellationToken.None));
    }

    [Fact]
    public async Task RecordOnTeamRowAsync_RowFromBeforeTheFlag_OnlyWhenUnknownWritesItOnce()
    {
        var (store, ctx) = await CreateAsync();
        var teams = new TeamStore(ctx.Tables, ctx.Time);
        await teams.RecordInstallAsync(Tenant, North, "Noord", null, Channel, CancellationToken.None);
        await store.JoinAsync(Tenant, North, Now, CancellationToken.None);
        var row = (await ctx.Tables.Teams.GetEntityAsync<TableEntity>(Tenant, TableKey.Escape(North))).Value;
        row.Remove("Pooled");
        await ctx.Tables.Teams.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace);
        var old = await teams.GetAsync(Tenant, North, CancellationToken.None);

        Assert.Null(old!.Pooled);
        Assert.True(await store.IsPooledAsync(old, CancellationToken.None));
        await store.RecordOnTeamRowAsync(Tenant, North, onlyWhenUnknown: true, CancellationToken.None);
        var migrated = await teams.GetAsync(Tenant, North, CancellationToken.None);
        await store.LeaveAsync(Tenant, North, CancellationToken.None);
        await store.RecordOnTeamRowAsync(Tenant, North, onlyWhenUnknown: true, CancellationToken.None);

        Assert.True(migrated!.Pooled);
        // A known flag is the owners' to change (through the pool card), not the migration's.
        Assert.True((await teams.GetAsync(Tenant, North, CancellationToken.None))!.Pooled);
    }

    [Fact]
    public async Task MemberRow_WithoutPoolField_ReadsAsNotOptedIn_AndTheChoiceRoundTrips()
    {
        var (_, ctx) = await CreateAsync();
        var members = new MemberStore(ctx.Tables, ctx.Time);
        await members.EnsureInvitedAsync(Tenant, North, null, "me", "29:me", "Mo", null, CancellationToken.None);

        var before = await members.GetAsync(Tenant, North, "me", CancellationToken.None);
        await members.UpdateAsync(Tenant, North, "me", (m, _) => m with { PoolOptIn = true }, CancellationToken.None);
        var after = await members.GetAsync(Tenant, North, "me", CancellationToken.None);

        Assert.False(before!.PoolOptIn);
        Assert.True(after!.PoolOptIn);
        var row = await ctx.Tables.Members.GetEntityAsync<TableEntity>(MemberEntityPartition(), "me");
        Assert.Equal(true, row.Value.GetBoolean("PoolOptIn"));
    }

    [Fact]
    public async Task PoolRotation_KeepsEachMembersOwnTeam_TeamRotationHasNone()
    {
        var (_, ctx) = await CreateAsync();
        var duos = new DuoStore(ctx.Tables);
        var homes = new Dictionary<string, string> { ["a"] = North, ["b"] = South, ["c"] = North, ["d"] = South };
        var pool = new DuoRotation(1, 7, Now, [new Duo(["a", "b"], Tuesday, true), new Duo(["c", "d"], Tuesday, true)]) { Homes = homes };
        await duos.TrySaveAsync(Tenant, OrganisationPool.ScopeId, 0, pool, CancellationToken.None);
        await duos.TrySaveAsync(Tenant, North, 0, new DuoRotation(1, 7, Now, [new Duo(["a", "c"], Tuesday, true)]), CancellationToken.None);

        var read = await duos.GetCurrentAsync(Tenant, OrganisationPool.ScopeId, CancellationToken.None);
        var team = await duos.GetCurrentAsync(Tenant, North, CancellationToken.None);

        Assert.Equal(homes.OrderBy(h => h.Key), read!.Homes.OrderBy(h => h.Key));
        Assert.Empty(team!.Homes);
        Assert.Null(await duos.GetCurrentAsync(Other, OrganisationPool.ScopeId, CancellationToken.None));
    }

    private static string MemberEntityPartition() => Tenant + "|" + North;

    private async Task<(PoolStore Store, StorageTestContext Context)> CreateAsync()
    {
        var ctx = await new StorageTestContext(azurite).InitializeAsync();
        return (new PoolStore(ctx.Tables), ctx);
    }
}
