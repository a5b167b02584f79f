using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.TeamWeeks;
using BreedBot.Storage.DuoWeeks;
using BreedBot.Storage.TeamWeeks;
using BreedBot.Testing;

namespace BreedBot.Storage.Tests.DuoWeeks;

[Collection(SharedAzurite.Name)]
public class DuoWeekStoreTests(AzuriteFixture azurite)
{
    private const string Tenant = "tenant-a";
    private const string Team = "19:weeks@thread.tacv2";
    private const string Duo = "r000001-0123456789ab";
    private static readonly IsoWeek Week = IsoWeek.Of(new DateOnly(2027, 2, 15));
    private static readonly DateTimeOffset Now = new(2027, 2, 15, 9, 0, 0, TimeSpan.Zero);

    private async Task<DuoWeekStore> CreateAsync() => Store(await new StorageTestContext(azurite).InitializeAsync());

    private static DuoWeekStore Store(StorageTestContext ctx) => new(ctx.Tables, new TeamWeekFactStore(ctx.Tables, ctx.Time));

    [Fact]
    public async Task ChangeAsync_EveryField_RoundTrips()
    {
        var store = await CreateAsync();
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

        await store.ChangeAsync(Tenant, Team, Week, Duo, w => w.WithMove(new DateOnly(2027, 2, 18), new TimeOnly(13, 30), Now, zone), CancellationToken.None);
        await store.ChangeAsync(Tenant, Team, Week, Duo, w => w.WithCheckIn(new DuoCheckIn(DuoActivity.SharedKnowledge, 5, Now)), CancellationToken.None);

        var stored = await store.GetAsync(Tenant, Team, Week, Duo, CancellationToken.None);
        Assert.Equal(new DuoMove(new DateOnly(2027, 2, 18), new TimeOnly(13, 30), 1), stored!.Move);
        Assert.Equal(new DuoCheckIn(DuoActivity.SharedKnowledge, 5, Now), stored.CheckIn);
        Assert.Null(stored.Skip);
    }

    [Theory]
    [InlineData("CaseDiscussed", DuoActivity.CaseDiscussed)]
    [InlineData("LookedBack", DuoActivity.LookedBack)]
    [InlineData("SharedKnowledge", DuoActivity.SharedKnowledge)]
    [InlineData("Other", DuoActivity.Other)]
    public async Task GetAsync_CheckInRowAlreadyStored_ReadsItsAnswer(string stored, DuoActivity expected)
    {
        var ctx = await new StorageTestContext(azurite).InitializeAsync();
        var store = Store(ctx);
        // The row exactly as earlier versions wrote it: the check-in's answer by its enum name.
        await ctx.Tables.DuoWeeks.AddEntityAsync(new Azure.Data.Tables.TableEntity(Tenant + "|" + Team, Week + "|" + Duo)
        {
            ["Week"] = Week.ToString(), ["DuoKey"] = Duo, ["MoveRevision"] = 0,
            ["CheckInWhat"] = stored, ["CheckInUsefulness"] = 3, ["CheckInAt"] = Now,
        }, CancellationToken.None);

        var week = await store.GetAsync(Tenant, Team, Week, Duo, CancellationToken.None);

        Assert.Equal(new DuoCheckIn(expected, 3, Now), week!.CheckIn);
    }

    [Fact]
    public async Task ChangeAsync_BothPartnersCheckInAtOnce_OneCountsAndTheOtherSeesIt()
    {
        var store = await CreateAsync();

        var results = await Task.WhenAll(
            Enumerable.Range(1, 8).Select(i => store.ChangeAsync(Tenant, Team, Week, Duo,
                w => w.WithCheckIn(new DuoCheckIn(DuoActivity.CaseDiscussed, (i % 5) + 1, Now.AddSeconds(i))), CancellationToken.None)));

        Assert.Equal(1, results.Count(r => r.Change == DuoWeekChange.Done));
        var winner = results.Single(r => r.Change == DuoWeekChange.Done).Week.CheckIn;
        Assert.All(results, r => Assert.Equal(winner, r.Week.CheckIn));
        Assert.Equal(winner, (await store.GetAsync(Tenant, Team, Week, Duo, CancellationToken.None))!.CheckIn);
    }

    [Fact]
    public async Task ChangeAsync_Refused_StoresNothing()
    {
        var store = await CreateAsync();
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

        var (_, change) = await store.ChangeAsync(Tenant, Team, Week, Duo, w => w.WithMove(new DateOnly(2027, 2, 15), new TimeOnly(8, 0), Now, zone), CancellationToken.None);

        Assert.Equal(DuoWeekChange.InThePast, change);
        Assert.Null(await store.GetAsync(Tenant, Team, Week, Duo, CancellationToken.None));
    }

    [Fact]
    public async Task ListAsync_WeekRange_ReturnsOnlyThoseWeeks()
    {
        var store = await CreateAsync();
        foreach (var week in new[] { Week.Previous.Previous, Week.Previous, Week, Week.Next })
        {
            await store.ChangeAsync(Tenant, Team, week, Duo, w => w.WithSkip(SkipReason.Busy), CancellationToken.None);
        }

        var listed = await store.ListAsync(Tenant, Team, Week.Previous, Week, CancellationToken.None);

        Assert.Equal([Week.Previous.ToString(), Week.ToString()], listed.Select(w => w.Week.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ReadAsync_WeekStoredInTheOldTable_ReadsItAndAChangeMovesItBesideTheFacts()
    {
        var ctx = await new StorageTestContext(azurite).InitializeAsync();
        var store = Store(ctx);
        await AddOldRowAsync(ctx, ("MovedToDate", new DateTime(2027, 2, 18, 0, 0, 0, DateTimeKind.Utc)), ("MovedToTime", "14:00"), ("MoveRevision", 1));

        var read = await store.ReadAsync(Tenant, Team, Week, Duo, CancellationToken.None);
        var (updated, _) = read.Week.WithCheckIn(new DuoCheckIn(DuoActivity.LookedBack, null, Now));
        Assert.True(await store.TryWriteAsync(read, updated, null, [], [], CancellationToken.None));

        Assert.Equal(new DuoMove(new DateOnly(2027, 2, 18), new TimeOnly(14, 0), 1), read.Week.Move);
        Assert.Null(read.Plan);
        var moved = await ctx.Tables.TeamWeekFacts.GetEntityAsync<Azure.Data.Tables.TableEntity>(Tenant + "|" + Team + "|" + Week, "duo|" + Duo);
        Assert.Equal("LookedBack", moved.Value.GetString("CheckInWhat"));
        Assert.Equal("14:00", moved.Value.GetString("MovedToTime"));
        var listed = Assert.Single(await store.ListTeamAsync(Tenant, Team, CancellationToken.None));
        Assert.Equal(updated, listed);
    }

    [Fact]
    public async Task DeleteAsync_WeekInBothPlaces_GoneFromBoth()
    {
        var ctx = await new StorageTestContext(azurite).InitializeAsync();
        var store = Store(ctx);
        await AddOldRowAsync(ctx, ("SkipReason", "Busy"));
        await store.ChangeAsync(Tenant, Team, Week, Duo, w => w.WithCheckIn(new DuoCheckIn(DuoActivity.Other, null, Now)), CancellationToken.None);

        await store.DeleteAsync(Tenant, Team, Week, Duo, CancellationToken.None);

        Assert.Null(await store.GetAsync(Tenant, Team, Week, Duo, CancellationToken.None));
        Assert.Empty(await store.ListTeamAsync(Tenant, Team, CancellationToken.None));
    }

    [Fact]
    public async Task TryWriteAsync_WeekAndItsFacts_OneTransactionAndAStaleReadWritesNothing()
    {
        var ctx = await new StorageTestContext(azurite).InitializeAsync();
        var store = Store(ctx);
        var facts = new TeamWeekFactStore(ctx.Tables, ctx.Time);
        var read = await store.ReadAsync(Tenant, Team, Week, Duo, CancellationToken.None);
        var (held, _) = read.Week.WithCheckIn(new DuoCheckIn(DuoActivity.CaseDiscussed, 3, Now));
        var (skipped, _) = read.Week.WithSkip(SkipReason.Holiday);

        var first = await store.TryWriteAsync(read, held, null, [new DuoMomentHeld("duo/held/" + Duo, [DuoActivity.CaseDiscussed], 3)], ["aad-a", "aad-b"], CancellationToken.None);
        var second = await store.TryWriteAsync(read, skipped, null, [new DuoMomentSkipped("duo/skipped/" + Duo)], [], CancellationToken.None);

        Assert.True(first);
        Assert.False(second);
        var week = await facts.GetWeekAsync(Tenant, Team, Week, CancellationToken.None);
        Assert.Single(week.Facts);
        Assert.IsType<DuoMomentHeld>(week.Facts[0]);
        Assert.Equal(2, week.Participants);
        Assert.Equal(held, await store.GetAsync(Tenant, Team, Week, Duo, CancellationToken.None));
    }

    [Fact]
    public async Task PlanAsync_WeekAlreadyMoved_KeepsTheMoveAndTheNextReadHasThePlan()
    {
        var ctx = await new StorageTestContext(azurite).InitializeAsync();
        var store = Store(ctx);
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        await store.ChangeAsync(Tenant, Team, Week, Duo, w => w.WithMove(new DateOnly(2027, 2, 18), new TimeOnly(13, 30), Now, zone), CancellationToken.None);
        var plan = new DuoWeekPlan(new Domain.Pairing.WeeklyMoment(DayOfWeek.Tuesday, new TimeOnly(9, 30)), true, Now.AddDays(-7), "Wijkteam Noord", "Europe/Amsterdam");

        await store.PlanAsync(Tenant, Team, Week, Duo, plan, new DuoMomentPlanned("duo/planned/" + Duo), CancellationToken.None);

        var read = await store.ReadAsync(Tenant, Team, Week, Duo, CancellationToken.None);
        Assert.Equal(plan, read.Plan);
        Assert.Equal(new TimeOnly(13, 30), read.Week.Move?.Time);
        Assert.Single((await new TeamWeekFactStore(ctx.Tables, ctx.Time).GetWeekAsync(Tenant, Team, Week, CancellationToken.None)).Facts);
    }

    [Fact]
    public async Task MoveAsync_OldRows_MovedBesideTheFactsWithoutOverwritingANewerWeek()
    {
        var ctx = await new StorageTestContext(azurite).InitializeAsync();
        var store = Store(ctx);
        const string newer = "r000001-ba9876543210";
        await AddOldRowAsync(ctx, ("SkipReason", "Ill"));
        await AddOldRowAsync(ctx, newer, ("SkipReason", "Busy"));
        await store.ChangeAsync(Tenant, Team, Week, newer, w => w.WithCheckIn(new DuoCheckIn(DuoActivity.SharedKnowledge, 2, Now)), CancellationToken.None);
        var migration = new DuoWeekMigration(ctx.Tables, ctx.Readiness, ctx.Time, Microsoft.Extensions.Logging.Abstractions.NullLogger<DuoWeekMigration>.Instance);

        Assert.Equal(2, await migration.MoveAsync(CancellationToken.None));

        await foreach (var _ in ctx.Tables.DuoWeeks.QueryAsync<Azure.Data.Tables.TableEntity>())
        {
            Assert.Fail("the old table still has rows");
        }

        Assert.Equal(SkipReason.Ill, (await store.GetAsync(Tenant, Team, Week, Duo, CancellationToken.None))!.Skip);
        Assert.Equal(DuoActivity.SharedKnowledge, (await store.GetAsync(Tenant, Team, Week, newer, CancellationToken.None))!.CheckIn?.What);
    }

    // A row exactly as versions before the move wrote it, in the DuoWeeks table.
    private static Task AddOldRowAsync(StorageTestContext ctx, params (string Name, object Value)[] columns) => AddOldRowAsync(ctx, Duo, columns);

    private static async Task AddOldRowAsync(StorageTestContext ctx, string duo, params (string Name, object Value)[] columns)
    {
        var row = new Azure.Data.Tables.TableEntity(Tenant + "|" + Team, Week + "|" + duo) { ["Week"] = Week.ToString(), ["DuoKey"] = duo, ["MoveRevision"] = 0 };
        foreach (var (name, value) in columns)
        {
            row[name] = value;
        }

        await ctx.Tables.DuoWeeks.AddEntityAsync(row, CancellationToken.None);
    }
}
