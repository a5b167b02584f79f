using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.Scheduling;
using BreedBot.Storage.Scheduling;
using BreedBot.Testing;

namespace BreedBot.Storage.Tests.Scheduling;

[Collection(SharedAzurite.Name)]
public class OccurrenceClaimStoreTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private static readonly DateTimeOffset Now = new(2027, 2, 15, 8, 0, 0, TimeSpan.Zero);
    private static readonly OccurrenceScope Scope = new("tenant-a", "19:team/x#1@thread.tacv2");

    private static Occurrence Reminder(string id = "reminder/2027-W07/r000001-0123456789ab/0") =>
        new(DuoWeekKinds.DuoReminder, Scope, id, Now, Now.AddHours(15));

    private async Task<OccurrenceClaimStore> CreateAsync() =>
        new((await new StorageTestContext(azurite).InitializeAsync()).Tables);

    [Fact]
    public async Task TryClaimAsync_TwiceWhileTheLeaseRuns_SecondIsRefused()
    {
        var store = await CreateAsync();

        Assert.True(await store.TryClaimAsync(Reminder(), Now, Lease, CancellationToken.None));
        Assert.False(await store.TryClaimAsync(Reminder(), Now.AddMinutes(1), Lease, CancellationToken.None));
    }

    [Fact]
    public async Task TryClaimAsync_TwentyAtOnce_ExactlyOneWins()
    {
        var store = await CreateAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => store.TryClaimAsync(Reminder(), Now, Lease, CancellationToken.None)));

        Assert.Equal(1, results.Count(won => won));
    }

    [Fact]
    public async Task TryClaimAsync_AbandonedAfterItsLease_OneInstanceTakesOver()
    {
        var store = await CreateAsync();
        Assert.True(await store.TryClaimAsync(Reminder(), Now, Lease, CancellationToken.None));
        var later = Now + Lease + TimeSpan.FromSeconds(1);

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => store.TryClaimAsync(Reminder(), later, Lease, CancellationToken.None)));

        Assert.Equal(1, results.Count(won => won));
        var claim = await store.GetAsync(Reminder(), CancellationToken.None);
        Assert.Equal(later + Lease, claim!.LeaseUntil);
    }

    [Fact]
    public async Task TryClaimAsync_SettledLongAgo_IsNeverTakenOver()
    {
        var store = await CreateAsync();
        Assert.True(await store.TryClaimAsync(Reminder(), Now, Lease, CancellationToken.None));
        await store.SettleAsync(Reminder(), ClaimStatus.Done, Now, CancellationToken.None);

        Assert.False(await store.TryClaimAsync(Reminder(), Now.AddDays(1), Lease, CancellationToken.None));
        Assert.Equal(ClaimStatus.Done, (await store.GetAsync(Reminder(), CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task ReleaseAsync_AfterAFailure_TheNextPassCanClaimAgain()
    {
        var store = await CreateAsync();
        Assert.True(await store.TryClaimAsync(Reminder(), Now, Lease, CancellationToken.None));

        await store.ReleaseAsync(Reminder(), CancellationToken.None);

        Assert.True(await store.TryClaimAsync(Reminder(), Now.AddMinutes(1), Lease, CancellationToken.None));
    }

    [Fact]
    public async Task ListAsync_OneTeamOneDay_HasItsClaimsOnly()
    {
        var store = await CreateAsync();
        await store.TryClaimAsync(Reminder("a"), Now, Lease, CancellationToken.None);
        await store.TryClaimAsync(Reminder("b"), Now, Lease, CancellationToken.None, ClaimStatus.Missed);
        await store.TryClaimAsync(Reminder("c") with { DueAt = Now.AddDays(1) }, Now, Lease, CancellationToken.None);
        await store.TryClaimAsync(Reminder("d") with { Scope = Scope with { ScopeId = "other" } }, Now, Lease, CancellationToken.None);

        var claims = await store.ListAsync(Scope, new DateOnly(2027, 2, 15), CancellationToken.None);

        Assert.Equal(["a", "b"], claims.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(ClaimStatus.Missed, claims["b"].Status);
    }
}
