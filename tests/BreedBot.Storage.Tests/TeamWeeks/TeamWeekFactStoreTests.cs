using Azure.Data.Tables;
using BreedBot.Domain.Courage;
using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.Meldcode;
using BreedBot.Domain.TeamWeeks;
using BreedBot.Storage.TeamWeeks;
using BreedBot.Testing;

namespace BreedBot.Storage.Tests.TeamWeeks;

[Collection(SharedAzurite.Name)]
public class TeamWeekFactStoreTests(AzuriteFixture azurite)
{
    private const string Tenant = "tenant-a";
    private const string TeamId = "19:facts@thread.tacv2";
    private static readonly IsoWeek Week = new(2027, 7);
    private static readonly CancellationToken Ct = CancellationToken.None;
    private static readonly string Partition = TableKey.Escape(Tenant) + "|" + TableKey.Escape(TeamId) + "|2027-W07";

    [Fact]
    public async Task RecordAsync_EveryKind_RoundTrips()
    {
        var (store, _) = await CreateAsync();
        TeamWeekFact[] facts =
        [
            new DuoMomentPlanned("p"),
            new DuoMomentHeld("h", [DuoActivity.CaseDiscussed, DuoActivity.SharedKnowledge], 4),
            new DuoMomentHeld("h2", [], null),
            new DuoMomentSkipped("s"),
            new DuoMomentMissed("m"),
            new ReflectionCompleted("r", [DiscomfortSource.Angst, DiscomfortSource.Zorgen], MeldcodeStep.Weighing, [HelpingFactor.Rolmodellen], [HinderingFactor.GeenTijdVoorReflectie]),
            new ReflectionCompleted("r2", [], null, [], []),
            new CourageousStepPlanned("c"),
            new CourageousStepOutcome("o", StepOutcome.Deels),
        ];
        foreach (var fact in facts)
        {
            Assert.True(await store.RecordAsync(Tenant, TeamId, Week, fact, Ct));
        }

        var read = await store.GetWeekAsync(Tenant, TeamId, Week, Ct);

        Assert.Equal(Week, read.Week);
        Assert.Equal(9, read.Facts.Count);
        var held = Assert.Single(read.Facts.OfType<DuoMomentHeld>(), h => h.Usefulness == 4);
        Assert.Equal([DuoActivity.CaseDiscussed, DuoActivity.SharedKnowledge], held.Activities);
        var reflection = Assert.Single(read.Facts.OfType<ReflectionCompleted>(), r => r.Step is not null);
        Assert.Equal([DiscomfortSource.Angst, DiscomfortSource.Zorgen], reflection.Sources);
        Assert.Equal(MeldcodeStep.Weighing, reflection.Step);
        Assert.Equal([HelpingFactor.Rolmodellen], reflection.Helping);
        Assert.Equal([HinderingFactor.GeenTijdVoorReflectie], reflection.Hindering);
        Assert.Equal(StepOutcome.Deels, Assert.Single(read.Facts.OfType<CourageousStepOutcome>()).Outcome);
        Assert.Single(read.Facts.OfType<DuoMomentPlanned>());
        Assert.Single(read.Facts.OfType<DuoMomentSkipped>());
        Assert.Single(read.Facts.OfType<DuoMomentMissed>());
        Assert.Single(read.Facts.OfType<CourageousStepPlanned>());
    }

    [Theory]
    [InlineData("CasusBesproken", DuoActivity.CaseDiscussed)]
    [InlineData("Teruggekeken", DuoActivity.LookedBack)]
    [InlineData("KennisGedeeld", DuoActivity.SharedKnowledge)]
    [InlineData("Anders", DuoActivity.Other)]
    public async Task GetWeekAsync_HeldFactWithTheSummarysEarlierName_ReadsAsTheSameAnswer(string stored, DuoActivity expected)
    {
        var (store, table) = await CreateAsync();
        // A row as facts were written while the summary had its own Dutch-named enum.
        await table.AddEntityAsync(new TableEntity(Partition, "DuoMomentHeld|earlier")
        {
            ["Kind"] = "DuoMomentHeld", ["Activities"] = stored, ["Usefulness"] = 4,
        }, Ct);

        var held = Assert.Single((await store.GetWeekAsync(Tenant, TeamId, Week, Ct)).Facts.OfType<DuoMomentHeld>());

        Assert.Equal([expected], held.Activities);
        Assert.Equal(4, held.Usefulness);
    }

    [Fact]
    public async Task GetWeekAsync_HeldFactWithEarlierAndUnknownNames_KeepsTheKnownOnes()
    {
        var (store, table) = await CreateAsync();
        await table.AddEntityAsync(new TableEntity(Partition, "DuoMomentHeld|earlier")
        {
            ["Kind"] = "DuoMomentHeld", ["Activities"] = "Teruggekeken,Gezongen,KennisGedeeld",
        }, Ct);

        var held = Assert.Single((await store.GetWeekAsync(Tenant, TeamId, Week, Ct)).Facts.OfType<DuoMomentHeld>());

        Assert.Equal([DuoActivity.LookedBack, DuoActivity.SharedKnowledge], held.Activities);
    }

    [Fact]
    public async Task RecordAsync_HeldFact_StoresTheCheckInsNames()
    {
        var (store, table) = await CreateAsync();

        await store.RecordAsync(Tenant, TeamId, Week, new DuoMomentHeld("h", [DuoActivity.Other, DuoActivity.CaseDiscussed], null), Ct);

        var activities = new List<string?>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == Partition, cancellationToken: Ct))
        {
            if (row.GetString("Kind") == "DuoMomentHeld")
            {
                activities.Add(row.GetString("Activities"));
            }
        }

        Assert.Equal(["Other,CaseDiscussed"], activities);
    }

    [Fact]
    public async Task RecordAsync_SameFactIdTwice_CountsOnce()
    {
        var (store, _) = await CreateAsync();

        Assert.True(await store.RecordAsync(Tenant, TeamId, Week, new DuoMomentHeld("reminder/2027-W07/duo-1", [], 3), ["aad-ana", "aad-bo"], Ct));
        Assert.False(await store.RecordAsync(Tenant, TeamId, Week, new DuoMomentHeld("reminder/2027-W07/duo-1", [], 3), ["aad-ana", "aad-bo"], Ct));

        var read = await store.GetWeekAsync(Tenant, TeamId, Week, Ct);
        Assert.Single(read.Facts);
        Assert.Equal(2, read.Participants);
    }

    [Fact]
    public async Task RecordAsync_SeveralFactsOneAlreadyThere_AddsOnlyTheNewOneAndCountsEachPersonOnce()
    {
        var (store, _) = await CreateAsync();
        await store.RecordAsync(Tenant, TeamId, Week, new DuoMomentPlanned("duo/planned/2027-W07/duo-1"), Ct);

        var added = await store.RecordAsync(Tenant, TeamId, Week, [new DuoMomentPlanned("duo/planned/2027-W07/duo-1"), new DuoMomentHeld("duo/held/2027-W07/duo-1", [], 4)], ["aad-ana", "aad-bo"], Ct);

        Assert.Equal(1, added);
        var read = await store.GetWeekAsync(Tenant, TeamId, Week, Ct);
        Assert.Equal([TeamWeekFactKind.DuoMomentPlanned, TeamWeekFactKind.DuoMomentHeld], read.Facts.Select(f => f.Kind).Order());
        Assert.Equal(2, read.Participants);
    }

    [Fact]
    public async Task RecordAsync_SameFactTwiceInOneCall_AddedOnce()
    {
        var (store, _) = await CreateAsync();

        var added = await store.RecordAsync(Tenant, TeamId, Week, [new DuoMomentPlanned("duo-1"), new DuoMomentPlanned("duo-1"), new DuoMomentSkipped("duo-1")], ["aad-ana"], Ct);

        Assert.Equal(2, added);
        var read = await store.GetWeekAsync(Tenant, TeamId, Week, Ct);
        Assert.Equal(2, read.Facts.Count);
        Assert.Equal(1, read.Participants);
    }

    // A table transaction holds at most 100 rows; more go row by row.
    [Fact]
    public async Task RecordAsync_MoreRowsThanOneTransactionHolds_AllRecorded()
    {
        var (store, _) = await CreateAsync();
        var people = Enumerable.Range(1, 120).Select(i => "aad-" + i).ToList();

        var added = await store.RecordAsync(Tenant, TeamId, Week, [new DuoMomentPlanned("team-wide")], people, Ct);

        Assert.Equal(1, added);
        Assert.Equal(120, (await store.GetWeekAsync(Tenant, TeamId, Week, Ct)).Participants);
    }

    [Fact]
    public async Task RecordAsync_ParticipantAlreadyCounted_NewFactStillAddedInOneGo()
    {
        var (store, _) = await CreateAsync();
        await store.RecordAsync(Tenant, TeamId, Week, new DuoMomentPlanned("duo-1"), ["aad-ana", "aad-bo"], Ct);

        var added = await store.RecordAsync(Tenant, TeamId, Week, [new DuoMomentHeld("duo-1", [], 4), new ReflectionCompleted("r", [], null, [], [])], ["aad-ana", "aad-cas"], Ct);

        Assert.Equal(2, added);
        var read = await store.GetWeekAsync(Tenant, TeamId, Week, Ct);
        Assert.Equal(3, read.Facts.Count);
        Assert.Equal(3, read.Participants);
    }

    [Fact]
    public async Task RecordAsync_SameIdOtherKind_AreTwoFacts()
    {
        var (store, _) = await CreateAsync();

        Assert.True(await store.RecordAsync(Tenant, TeamId, Week, new DuoMomentPlanned("duo-1"), Ct));
        Assert.True(await store.RecordAsync(Tenant, TeamId, Week, new DuoMomentMissed("duo-1"), Ct));

        Assert.Equal(2, (await store.GetWeekAsync(Tenant, TeamId, Week, Ct)).Facts.Count);
    }

    [Fact]
    public async Task RecordAsync_SamePersonInManyFacts_IsOneParticipant()
    {
        var (store, _) = await CreateAsync();

        await store.RecordAsync(Tenant, TeamId, Week, new DuoMomentHeld("a", [], null), ["aad-ana", "aad-bo"], Ct);
        await store.RecordAsync(Tenant, TeamId, Week, new ReflectionCompleted("b", [], null, [], []), ["aad-ana"], Ct);
        await store.RecordAsync(Tenant, TeamId, Week, new CourageousStepPlanned("c"), ["aad-ana", "aad-ana"], Ct);
        await store.RecordAsync(Tenant, TeamId, Week.AddWeeks(1), new DuoMomentHeld("d", [], null), ["aad-ana"], Ct);

        Assert.Equal(2, (await store.GetWeekAsync(Tenant, TeamId, Week, Ct)).Participants);
        Assert.Equal(1, (await store.GetWeekAsync(Tenant, TeamId, Week.AddWeeks(1), Ct)).Participants);
    }

    [Fact]
    public async Task RecordAsync_AnyFact_StoresNoMemberKeyOrFactIdInAnyRow()
    {
        var (store, table) = await CreateAsync();

        await store.RecordAsync(Tenant, TeamId, Week, new DuoMomentHeld("reminder/2027-W07/aad-ana,aad-bo", [DuoActivity.Other], 5), ["aad-ana", "aad-bo"], Ct);

        await foreach (var row in table.QueryAsync<TableEntity>(cancellationToken: Ct))
        {
            foreach (var (name, value) in row)
            {
                var text = value?.ToString() ?? "";
                Assert.DoesNotContain("aad-", text, StringComparison.Ordinal);
                Assert.DoesNotContain("reminder", text, StringComparison.Ordinal);
                Assert.False(string.IsNullOrEmpty(name));
            }
        }
    }

    [Fact]
    public async Task GetWeeksAsync_FiveWeeks_OldestFirstWithEmptyWeeks()
    {
        var (store, _) = await CreateAsync();
        await store.RecordAsync(Tenant, TeamId, Week, new DuoMomentPlanned("now"), Ct);
        await store.RecordAsync(Tenant, TeamId, Week.AddWeeks(-2), new DuoMomentPlanned("then"), Ct);
        await store.RecordAsync(Tenant, TeamId, Week.AddWeeks(-5), new DuoMomentPlanned("too old"), Ct);
        await store.RecordAsync(Tenant, "19:other@thread.tacv2", Week, new DuoMomentPlanned("other team"), Ct);

        var weeks = await store.GetWeeksAsync(Tenant, TeamId, Week, 5, Ct);

        Assert.Equal(Week.AndPrevious(5), weeks.Select(w => w.Week));
        Assert.Equal([0, 0, 1, 0, 1], weeks.Select(w => w.Facts.Count));
    }

    [Fact]
    public async Task EraseParticipantAsync_WhileTheSaltExists_RemovesOnlyThatPerson()
    {
        var (store, _) = await CreateAsync();
        await store.RecordAsync(Tenant, TeamId, Week, new DuoMomentHeld("a", [], null), ["aad-ana", "aad-bo"], Ct);

        await store.EraseParticipantAsync(Tenant, TeamId, Week, "aad-ana", Ct);
        await store.EraseParticipantAsync(Tenant, TeamId, Week, "aad-nobody", Ct);

        var read = await store.GetWeekAsync(Tenant, TeamId, Week, Ct);
        Assert.Equal(1, read.Participants);
        Assert.Single(read.Facts);
    }

    [Fact]
    public async Task ForgetSaltAsync_ClosedWeek_ParticipantsCanNoLongerBeTiedToAnyone()
    {
        var (store, _) = await CreateAsync();
        await store.RecordAsync(Tenant, TeamId, Week, new DuoMomentHeld("a", [], null), ["aad-ana", "aad-bo"], Ct);

        await store.ForgetSaltAsync(Tenant, TeamId, Week, Ct);
        await store.ForgetSaltAsync(Tenant, TeamId, Week, Ct);
        await store.EraseParticipantAsync(Tenant, TeamId, Week, "aad-ana", Ct);

        // Without the salt even erasure cannot find whose row it was: the count stays, anonymous.
        Assert.Equal(2, (await store.GetWeekAsync(Tenant, TeamId, Week, Ct)).Participants);
    }

    // Each instance keeps the salts it used for a while; the one that forgets a salt drops its own copy at once.
    [Fact]
    public async Task RecordAsync_AfterThisInstanceForgotTheSalt_NewSaltSoTheSamePersonIsNewAgain()
    {
        var (store, _) = await CreateAsync();
        await store.RecordAsync(Tenant, TeamId, Week, new DuoMomentHeld("a", [], null), ["aad-ana"], Ct);

        await store.ForgetSaltAsync(Tenant, TeamId, Week, Ct);
        await store.RecordAsync(Tenant, TeamId, Week, new DuoMomentHeld("b", [], null), ["aad-ana"], Ct);

        Assert.Equal(2, (await store.GetWeekAsync(Tenant, TeamId, Week, Ct)).Participants);
    }

    [Fact]
    public async Task RecordAsync_AnotherInstanceForgotTheSalt_KeptCopyExpiresWithinTenMinutes()
    {
        var ctx = await new StorageTestContext(azurite).InitializeAsync();
        var store = new TeamWeekFactStore(ctx.Tables, ctx.Time);
        var other = new TeamWeekFactStore(ctx.Tables, ctx.Time);
        await store.RecordAsync(Tenant, TeamId, Week, new DuoMomentHeld("a", [], null), ["aad-ana"], Ct);

        await other.ForgetSaltAsync(Tenant, TeamId, Week, Ct);
        ctx.Time.Advance(TimeSpan.FromMinutes(10));
        await store.RecordAsync(Tenant, TeamId, Week, new DuoMomentHeld("b", [], null), ["aad-ana"], Ct);

        Assert.Equal(2, (await store.GetWeekAsync(Tenant, TeamId, Week, Ct)).Participants);
        Assert.True((await ctx.Tables.TeamWeekFacts.GetEntityIfExistsAsync<TableEntity>(Partition, "salt", cancellationToken: Ct)).HasValue); // a fresh one
    }

    private async Task<(TeamWeekFactStore Store, TableClient Table)> CreateAsync()
    {
        var ctx = await new StorageTestContext(azurite).InitializeAsync();
        return (new TeamWeekFactStore(ctx.Tables, ctx.Time), ctx.Tables.TeamWeekFacts);
    }
}
