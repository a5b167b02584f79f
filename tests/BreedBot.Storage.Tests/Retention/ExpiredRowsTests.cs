using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.Outbound;
using BreedBot.Domain.Scheduling;
using BreedBot.Domain.TeamWeeks;
using BreedBot.Storage.DuoWeeks;
using BreedBot.Storage.Outbound;
using BreedBot.Storage.Retention;
using BreedBot.Storage.Scheduling;
using BreedBot.Testing;

namespace BreedBot.Storage.Tests.Retention;

[Collection(SharedAzurite.Name)]
public class ExpiredRowsTests(AzuriteFixture azurite)
{
    private const string Tenant = "tenant-a";
    private const string Team = "19:team@thread.tacv2";

    [Fact]
    public async Task DeleteDeliveriesAsync_OlderAndNewerRecords_DeletesOnlyTheOlder()
    {
        var ctx = await new StorageTestContext(azurite).InitializeAsync();
        var deliveries = new DeliveryStore(ctx.Tables, ctx.Time);
        await ClaimAsync(deliveries, "reminder/old");
        var cutoff = ctx.Time.GetUtcNow() + TimeSpan.FromMinutes(1);
        ctx.Time.Advance(TimeSpan.FromMinutes(2));
        await ClaimAsync(deliveries, "reminder/new");

        var deleted = await new ExpiredRows(ctx.Tables).DeleteDeliveriesAsync(cutoff, CancellationToken.None);

        Assert.Equal(1, deleted);
        var left = await deliveries.ListWeekAsync(Tenant, Team, "2027-W07", CancellationToken.None);
        Assert.Equal(["reminder/new"], left.Select(d => d.OccurrenceId));
    }

    [Fact]
    public async Task DeleteDuoWeeksAsync_WeeksBeforeTheFirstKept_AreDeletedAndTheRestStay()
    {
        var ctx = await new StorageTestContext(azurite).InitializeAsync();
        var weeks = new DuoWeekStore(ctx.Tables, new BreedBot.Storage.TeamWeeks.TeamWeekFactStore(ctx.Tables, ctx.Time));
        foreach (var week in new[] { new IsoWeek(2025, 52), new IsoWeek(2026, 9), new IsoWeek(2026, 10), new IsoWeek(2026, 11) })
        {
            await weeks.ChangeAsync(Tenant, Team, week, "duo-1", w => (w with { Skip = SkipReason.Holiday }, DuoWeekChange.Done), CancellationToken.None);
        }

        var deleted = await new ExpiredRows(ctx.Tables).DeleteDuoWeeksAsync(new IsoWeek(2026, 10), CancellationToken.None);

        Assert.Equal(2, deleted);
        var left = await weeks.ListAsync(Tenant, Team, new IsoWeek(2025, 1), new IsoWeek(2027, 1), CancellationToken.None);
        Assert.Equal([new IsoWeek(2026, 10), new IsoWeek(2026, 11)], left.Select(w => w.Week).Order());
    }

    [Fact]
    public async Task DeleteClaimsAsync_ClaimsDueBeforeTheCutoff_AreDeleted()
    {
        var ctx = await new StorageTestContext(azurite).InitializeAsync();
        var claims = new OccurrenceClaimStore(ctx.Tables);
        var now = ctx.Time.GetUtcNow();
        var scope = new OccurrenceScope(Tenant, Team);
        var old = new Occurrence("reminder", scope, "reminder/old", now.AddDays(-40), now.AddDays(-40).AddHours(6));
        var recent = new Occurrence("reminder", scope, "reminder/recent", now.AddDays(-2), now.AddDays(-2).AddHours(6));
        Assert.True(await claims.TryClaimAsync(old, now, TimeSpan.FromMinutes(3), CancellationToken.None));
        Assert.True(await claims.TryClaimAsync(recent, now, TimeSpan.FromMinutes(3), CancellationToken.None));

        var deleted = await new ExpiredRows(ctx.Tables).DeleteClaimsAsync(now.AddDays(-30), CancellationToken.None);

        Assert.Equal(1, deleted);
        Assert.Null(await claims.GetAsync(old, CancellationToken.None));
        Assert.NotNull(await claims.GetAsync(recent, CancellationToken.None));
    }

    [Fact]
    public async Task DeleteDeliveriesAsync_CardKinds_KeptUntilTheirOwnCutoff()
    {
        var ctx = await new StorageTestContext(azurite).InitializeAsync();
        var deliveries = new DeliveryStore(ctx.Tables, ctx.Time);
        await ClaimAsync(deliveries, "share/very-old", "reflection-share");
        ctx.Time.Advance(TimeSpan.FromMinutes(2));
        var cardsCutoff = ctx.Time.GetUtcNow();
        await ClaimAsync(deliveries, "share/old", "reflection-share");
        await ClaimAsync(deliveries, "reminder/old");
        ctx.Time.Advance(TimeSpan.FromMinutes(2));
        var cutoff = ctx.Time.GetUtcNow();
        await ClaimAsync(deliveries, "reminder/new");

        var deleted = await new ExpiredRows(ctx.Tables).DeleteDeliveriesAsync(cutoff, ["reflection-share", "reflection-card"], cardsCutoff, CancellationToken.None);

        Assert.Equal(2, deleted);
        var left = await deliveries.ListWeekAsync(Tenant, Team, "2027-W07", CancellationToken.None);
        Assert.Equal(["reminder/new", "share/old"], left.Select(d => d.OccurrenceId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ListAboutAsync_ExactAndBelow_FoundAndNeighboursNot()
    {
        var ctx = await new StorageTestContext(azurite).InitializeAsync();
        var deliveries = new DeliveryStore(ctx.Tables, ctx.Time);
        foreach (var id in new[] { "share/r1", "share-response/r1/638000", "share/r10", "share-response/r10/1", "followup/r1/0" })
        {
            await ClaimAsync(deliveries, id);
        }

        var found = await deliveries.ListAboutAsync(Tenant, ["share/r1", "share-response/r1"], CancellationToken.None);

        Assert.Equal(["share-response/r1/638000", "share/r1"], found.Select(d => d.OccurrenceId).Order(StringComparer.Ordinal));
    }

    private static async Task ClaimAsync(DeliveryStore deliveries, string occurrenceId, string kind = "reminder")
    {
        var record = new DeliveryRecord(Tenant, Team, "2027-W07", occurrenceId, "aad-ana", kind, DeliveryOutcome.Sending, default);
        var claim = await deliveries.ClaimAsync(record, "worker-1", TimeSpan.FromMinutes(1), CancellationToken.None);
        Assert.Equal(DeliveryClaimResult.Claimed, claim.Result);
    }
}
