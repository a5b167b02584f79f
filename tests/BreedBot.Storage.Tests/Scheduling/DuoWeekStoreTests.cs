using BreedBot.Domain.Scheduling;
using BreedBot.Storage.Scheduling;
using BreedBot.Testing;
using BreedBot.Domain.TeamWeeks;

namespace BreedBot.Storage.Tests.Scheduling;

[Collection(SharedAzurite.Name)]
public class DuoWeekStoreTests(AzuriteFixture azurite)
{
    private const string Tenant = "tenant-a";
    private const string Team = "19:weeks@thread.tacv2";
    private const string Duo = "r000001-0123456789ab";
    private static readonly IsoWeek Week = IsoWeek.Of(new DateOnly(2027, 2, 15));
    private static readonly DateTimeOffset Now = new(2027, 2, 15, 9, 0, 0, TimeSpan.Zero);

    private async Task<DuoWeekStore> CreateAsync() =>
        new((await new StorageTestContext(azurite).InitializeAsync()).Tables);

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
        var store = new DuoWeekStore(ctx.Tables);
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
}
