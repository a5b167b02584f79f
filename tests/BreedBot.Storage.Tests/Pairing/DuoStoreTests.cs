using BreedBot.Domain.Pairing;
using BreedBot.Storage.Pairing;
using BreedBot.Testing;

namespace BreedBot.Storage.Tests.Pairing;

[Collection(SharedAzurite.Name)]
public class DuoStoreTests(AzuriteFixture azurite)
{
    private const string Tenant = "tenant-a";
    private const string Team = "19:noord@thread.tacv2";
    private static readonly WeeklyMoment Tuesday = new(DayOfWeek.Tuesday, new TimeOnly(9, 30));
    private static readonly DateTimeOffset Now = new(2027, 2, 15, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task TrySaveAsync_FirstRotation_IsCurrentWithItsDuos()
    {
        var store = await CreateAsync();
        var rotation = new DuoRotation(1, 42, Now, [new Duo(["a", "b"], Tuesday, true), new Duo(["c", "d", "e"], Tuesday, false)]);

        Assert.True(await store.TrySaveAsync(Tenant, Team, 0, rotation, CancellationToken.None));

        var current = await store.GetCurrentAsync(Tenant, Team, CancellationToken.None);
        Assert.Equal(1, current!.Rotation);
        Assert.Equal(42, current.Seed);
        Assert.Equal([["a", "b"], ["c", "d", "e"]], current.Duos.Select(d => d.Members.ToArray()));
        Assert.Equal(Tuesday, current.Duos[0].Moment);
        Assert.False(current.Duos[1].MomentAgreed);
    }

    [Fact]
    public async Task TrySaveAsync_TwoOwnersAtOnce_OnlyOneRotationWins()
    {
        var store = await CreateAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
            store.TrySaveAsync(Tenant, Team, 0, new DuoRotation(1, i, Now, [new Duo([$"x{i}", $"y{i}"], Tuesday, true)]), CancellationToken.None)));

        Assert.Equal(1, results.Count(r => r));
        Assert.Single((await store.GetCurrentAsync(Tenant, Team, CancellationToken.None))!.Duos);
    }

    [Fact]
    public async Task TrySaveAsync_StalePrevious_IsRefused()
    {
        var store = await CreateAsync();
        await store.TrySaveAsync(Tenant, Team, 0, new DuoRotation(1, 1, Now, [new Duo(["a", "b"], Tuesday, true)]), CancellationToken.None);

        Assert.False(await store.TrySaveAsync(Tenant, Team, 0, new DuoRotation(1, 2, Now, [new Duo(["c", "d"], Tuesday, true)]), CancellationToken.None));
    }

    [Fact]
    public async Task GetHistoryAsync_ManyRotations_ReturnsOnlyTheRecentOnes()
    {
        var store = await CreateAsync();
        for (var r = 1; r <= 8; r++)
        {
            await store.TrySaveAsync(Tenant, Team, r - 1, new DuoRotation(r, r, Now, [new Duo([$"a{r}", $"b{r}"], Tuesday, true)]), CancellationToken.None);
        }

        var history = await store.GetHistoryAsync(Tenant, Team, 8, 6, CancellationToken.None);

        Assert.Equal([3, 4, 5, 6, 7, 8], history.Duos.Select(d => d.Rotation));
    }

    [Fact]
    public async Task TrySaveAsync_MoreThanOneBatch_StoresEveryDuo()
    {
        var store = await CreateAsync();
        var duos = Enumerable.Range(0, 130).Select(i => new Duo([$"m{i}a", $"m{i}b"], Tuesday, true)).ToList();

        Assert.True(await store.TrySaveAsync(Tenant, Team, 0, new DuoRotation(1, 7, Now, duos), CancellationToken.None));

        Assert.Equal(130, (await store.GetCurrentAsync(Tenant, Team, CancellationToken.None))!.Duos.Count);
    }

    [Fact]
    public async Task TryReplaceCurrentAsync_FewerDuos_RewritesAndDropsTheSurplus()
    {
        var store = await CreateAsync();
        await store.TrySaveAsync(Tenant, Team, 0, new DuoRotation(1, 5, Now, [new Duo(["a", "b"], Tuesday, true), new Duo(["c", "d"], Tuesday, true)]), CancellationToken.None);

        Assert.True(await store.TryReplaceCurrentAsync(Tenant, Team, 1, [new Duo(["b", "c", "d"], Tuesday, false)], swappedBy: "b", CancellationToken.None));

        var current = await store.GetCurrentAsync(Tenant, Team, CancellationToken.None);
        Assert.Equal([["b", "c", "d"]], current!.Duos.Select(d => d.Members.ToArray()));
        Assert.Equal(5, current.Seed);
        Assert.Equal(["b"], current.SwappedBy);
    }

    [Fact]
    public async Task TryReplaceCurrentAsync_RotationNoLongerCurrent_IsRefused()
    {
        var store = await CreateAsync();
        await store.TrySaveAsync(Tenant, Team, 0, new DuoRotation(1, 1, Now, [new Duo(["a", "b"], Tuesday, true)]), CancellationToken.None);
        await store.TrySaveAsync(Tenant, Team, 1, new DuoRotation(2, 2, Now, [new Duo(["a", "c"], Tuesday, true)]), CancellationToken.None);

        Assert.False(await store.TryReplaceCurrentAsync(Tenant, Team, 1, [new Duo(["x", "y"], Tuesday, true)], null, CancellationToken.None));
        Assert.Equal(["a", "c"], (await store.GetCurrentAsync(Tenant, Team, CancellationToken.None))!.Duos[0].Members);
    }

    [Fact]
    public async Task ReadTeamAsync_ThreeRotations_CurrentAndHistoryAsTheSeparateReadsSeeThemAndAStaleReadReplacesNothing()
    {
        var store = await CreateAsync();
        for (var r = 1; r <= 3; r++)
        {
            Assert.True(await store.TrySaveAsync(Tenant, Team, r - 1, new DuoRotation(r, r, Now.AddDays(r), [new Duo(["a" + r, "b" + r], Tuesday, true), new Duo(["c" + r, "d" + r], Tuesday, false)]), CancellationToken.None));
        }

        var read = await store.ReadTeamAsync(Tenant, Team, 2, CancellationToken.None);

        var current = await store.GetCurrentAsync(Tenant, Team, CancellationToken.None);
        Assert.Equal(3, read!.Current.Rotation);
        Assert.Equal(current!.Duos.Select(d => string.Join(',', d.Members)), read.Current.Duos.Select(d => string.Join(',', d.Members)));
        Assert.Equal(
            (await store.GetHistoryAsync(Tenant, Team, 3, 2, CancellationToken.None)).Duos.Select(d => (string.Join(',', d.Members), d.Rotation)).Order(),
            read.History.Duos.Select(d => (string.Join(',', d.Members), d.Rotation)).Order());
        Assert.True(await store.TryReplaceCurrentAsync(read, [new Duo(["a3", "c3"], Tuesday, true), new Duo(["b3", "d3"], Tuesday, true)], "a3", CancellationToken.None));
        Assert.False(await store.TryReplaceCurrentAsync(read, [new Duo(["a3", "d3"], Tuesday, true), new Duo(["b3", "c3"], Tuesday, true)], "b3", CancellationToken.None));
        Assert.Equal(["a3"], (await store.GetCurrentAsync(Tenant, Team, CancellationToken.None))!.SwappedBy);
    }

    [Fact]
    public async Task GetCurrentAsync_DuoRowFromBeforeTheRhythm_NobodyChoseEveryTwoWeeks()
    {
        var store = await CreateAsync();
        await store.TrySaveAsync(Tenant, Team, 0, new DuoRotation(1, 1, Now, [new Duo(["a", "b"], Tuesday, true)]), CancellationToken.None);

        var duo = (await store.GetCurrentAsync(Tenant, Team, CancellationToken.None))!.Duos[0];

        Assert.Empty(duo.EveryTwoWeeksBy);
        Assert.False(duo.AgreedEveryTwoWeeks);
    }

    [Fact]
    public async Task ChangeCurrentDuoAsync_BothChoose_StoredAndAgreed()
    {
        var store = await CreateAsync();
        await store.TrySaveAsync(Tenant, Team, 0, new DuoRotation(1, 1, Now, [new Duo(["a", "b"], Tuesday, true), new Duo(["c", "d"], Tuesday, true)]), CancellationToken.None);
        var key = Domain.DuoWeeks.DuoKey.Of(1, ["a", "b"]);

        var first = await store.ChangeCurrentDuoAsync(Tenant, Team, key, d => d.ChoosingEveryTwoWeeks("a"), CancellationToken.None);
        var second = await store.ChangeCurrentDuoAsync(Tenant, Team, key, d => d.ChoosingEveryTwoWeeks("b"), CancellationToken.None);

        Assert.True(first!.Changed);
        Assert.False(first.After.AgreedEveryTwoWeeks);
        Assert.True(second!.After.AgreedEveryTwoWeeks);
        var current = (await store.GetCurrentAsync(Tenant, Team, CancellationToken.None))!;
        Assert.True(current.Duos[0].AgreedEveryTwoWeeks);
        Assert.Empty(current.Duos[1].EveryTwoWeeksBy);
    }

    [Fact]
    public async Task ChangeCurrentDuoAsync_NothingToChange_WritesNothing()
    {
        var store = await CreateAsync();
        await store.TrySaveAsync(Tenant, Team, 0, new DuoRotation(1, 1, Now, [new Duo(["a", "b"], Tuesday, true)]), CancellationToken.None);

        var result = await store.ChangeCurrentDuoAsync(Tenant, Team, Domain.DuoWeeks.DuoKey.Of(1, ["a", "b"]), d => d.ChoosingEveryWeek(), CancellationToken.None);

        Assert.False(result!.Changed);
    }

    [Fact]
    public async Task ChangeCurrentDuoAsync_KeyOfAnEarlierRotation_IsNull()
    {
        var store = await CreateAsync();
        await store.TrySaveAsync(Tenant, Team, 0, new DuoRotation(1, 1, Now, [new Duo(["a", "b"], Tuesday, true)]), CancellationToken.None);
        await store.TrySaveAsync(Tenant, Team, 1, new DuoRotation(2, 2, Now, [new Duo(["a", "b"], Tuesday, true)]), CancellationToken.None);

        Assert.Null(await store.ChangeCurrentDuoAsync(Tenant, Team, Domain.DuoWeeks.DuoKey.Of(1, ["a", "b"]), d => d.ChoosingEveryTwoWeeks("a"), CancellationToken.None));
    }

    [Fact]
    public async Task ChangeCurrentDuoAsync_AtTheSameMomentAsAMend_NeitherIsLost()
    {
        var store = await CreateAsync();
        await store.TrySaveAsync(Tenant, Team, 0, new DuoRotation(1, 1, Now, [new Duo(["a", "b"], Tuesday, true), new Duo(["c", "d"], Tuesday, true)]), CancellationToken.None);
        var read = (await store.ReadTeamAsync(Tenant, Team, 6, CancellationToken.None))!;

        // The choice is written first; the mend read before it, so its guarded write must fail rather than drop the choice.
        await store.ChangeCurrentDuoAsync(Tenant, Team, Domain.DuoWeeks.DuoKey.Of(1, ["a", "b"]), d => d.ChoosingEveryTwoWeeks("a"), CancellationToken.None);
        var mended = await store.TryReplaceCurrentAsync(read, [read.Current.Duos[0], new Duo(["c", "e"], Tuesday, true)], null, CancellationToken.None);

        Assert.False(mended);
        Assert.Equal(["a"], (await store.GetCurrentAsync(Tenant, Team, CancellationToken.None))!.Duos[0].EveryTwoWeeksBy);
    }

    [Fact]
    public async Task EraseMemberAsync_MemberWhoChoseEveryTwoWeeks_TheirKeyIsGoneFromTheChoice()
    {
        var store = await CreateAsync();
        await store.TrySaveAsync(Tenant, Team, 0, new DuoRotation(1, 1, Now, [new Duo(["a", "b", "c"], Tuesday, true) { EveryTwoWeeksBy = ["a", "b"] }]), CancellationToken.None);

        await store.EraseMemberAsync(Tenant, Team, "a", CancellationToken.None);

        Assert.Equal(["b"], (await store.GetCurrentAsync(Tenant, Team, CancellationToken.None))!.Duos[0].EveryTwoWeeksBy);
    }

    private async Task<DuoStore> CreateAsync()
    {
        var ctx = await new StorageTestContext(azurite).InitializeAsync();
        return new DuoStore(ctx.Tables);
    }
}
