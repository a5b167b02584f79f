using BreedBot.Domain.Courage;
using BreedBot.Domain.Meldcode;
using BreedBot.Domain.Reflections;
using BreedBot.Storage.Reflections;
using BreedBot.Testing;

namespace BreedBot.Storage.Tests.Reflections;

[Collection(SharedAzurite.Name)]
public class ReflectionStoreTests(AzuriteFixture azurite)
{
    private const string Tenant = "tenant-a";
    private static readonly DateTimeOffset Now = new(2027, 2, 15, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task TryReplaceAsync_EveryAnswer_ReadsBackEqual()
    {
        var store = await CreateAsync();
        var reflection = Completed("author", "r1");
        Assert.True(await store.TryAddAsync(ReflectionFlow.Start(Tenant, "author", "r1", Now), CancellationToken.None));
        var read = (await store.GetAsync(Tenant, "author", "r1", CancellationToken.None))!;

        Assert.True(await store.TryReplaceAsync(read, reflection, Now.AddDays(7), null, CancellationToken.None));

        var back = (await store.GetAsync(Tenant, "author", "r1", CancellationToken.None))!;
        Assert.Equal(Now.AddDays(7), back.FollowUpDue);
        Assert.Equal(reflection.Casus, back.Reflection.Casus);
        Assert.Equal(reflection.Discomfort!.Sources, back.Reflection.Discomfort!.Sources);
        Assert.Equal(reflection.Discomfort.Trigger, back.Reflection.Discomfort.Trigger);
        Assert.Equal(reflection.Factors!.Hinders, back.Reflection.Factors!.Hinders);
        Assert.Equal(reflection.Meldcode, back.Reflection.Meldcode);
        Assert.Equal(reflection.NextStep, back.Reflection.NextStep);
        Assert.Equal(reflection.SharedWith, back.Reflection.SharedWith);
        Assert.Equal(reflection.Response, back.Reflection.Response);
        Assert.Equal(reflection.Version, back.Reflection.Version);
        Assert.Equal(ReflectionStep.Done, back.Reflection.Step);
    }

    [Fact]
    public async Task TryReplaceAsync_SomeoneWroteInBetween_LosesAndKeepsTheirs()
    {
        var store = await CreateAsync();
        var start = ReflectionFlow.Start(Tenant, "author", "r2", Now);
        await store.TryAddAsync(start, CancellationToken.None);
        var first = (await store.GetAsync(Tenant, "author", "r2", CancellationToken.None))!;
        var second = (await store.GetAsync(Tenant, "author", "r2", CancellationToken.None))!;

        Assert.True(await store.TryReplaceAsync(first, start with { Version = 2 }, null, null, CancellationToken.None));
        Assert.False(await store.TryReplaceAsync(second, start with { Version = 3 }, null, null, CancellationToken.None));
        Assert.Equal(2, (await store.GetAsync(Tenant, "author", "r2", CancellationToken.None))!.Reflection.Version);
    }

    [Fact]
    public async Task GetAsync_OtherAuthorOrTenant_FindsNothing()
    {
        var store = await CreateAsync();
        await store.TryAddAsync(ReflectionFlow.Start(Tenant, "author", "r3", Now), CancellationToken.None);

        Assert.Null(await store.GetAsync(Tenant, "intruder", "r3", CancellationToken.None));
        Assert.Null(await store.GetAsync("tenant-b", "author", "r3", CancellationToken.None));
        Assert.Single(await store.ListAsync(Tenant, "author", CancellationToken.None));
        Assert.Empty(await store.ListAsync(Tenant, "intruder", CancellationToken.None));
    }

    [Fact]
    public async Task DueIndex_FoundByDayAndWithoutTheAuthor_AndGoneWhenRemoved()
    {
        var context = await new StorageTestContext(azurite).InitializeAsync();
        var index = new ReflectionDueStore(context.Tables);
        var due = new ReflectionDue(ReflectionDueKind.FollowUp, Tenant, "author", "r1", 0, Now.AddHours(-1));
        var later = new ReflectionDue(ReflectionDueKind.Nudge, Tenant, "author", "r1", 0, Now.AddHours(1));
        var tooOld = new ReflectionDue(ReflectionDueKind.FollowUp, Tenant, "author", "r0", 0, Now.AddDays(-ReflectionDueStore.LookbackDays - 1));
        await index.AddAsync(due, CancellationToken.None);
        await index.AddAsync(later, CancellationToken.None);
        await index.AddAsync(tooOld, CancellationToken.None);

        Assert.Equal(due, Assert.Single(await index.DueAsync(Now, CancellationToken.None)));
        Assert.Equal(due, await index.FindAsync(ReflectionDueKind.FollowUp, Tenant, "r1", 0, due.DueAt, CancellationToken.None));
        Assert.Null(await index.FindAsync(ReflectionDueKind.FollowUp, "other-tenant", "r1", 0, due.DueAt, CancellationToken.None));
        Assert.Null(await index.FindAsync(ReflectionDueKind.FollowUp, Tenant, "r1", 1, due.DueAt, CancellationToken.None));

        await index.RemoveAsync(due, CancellationToken.None);

        Assert.Empty(await index.DueAsync(Now, CancellationToken.None));
        Assert.Equal(later, Assert.Single(await index.DueAsync(Now.AddDays(1), CancellationToken.None)));
    }

    private static Reflection Completed(string author, string id) =>
        ReflectionFlow.Start(Tenant, author, id, Now) with
        {
            Step = ReflectionStep.Done,
            Version = 9,
            Casus = new CasusAnswer("casus A", ViolenceForm.ElderAbuse, TriState.Unknown),
            Discomfort = new DiscomfortAnswer([DiscomfortSource.Weerstand, DiscomfortSource.Zorgen], 3, "Zijn reactie \"}{\" 😬"),
            Effect = new EffectAnswer([ActingEffect.Other], "Ik wacht af"),
            Goal = new GoalAnswer([HigherGoal.VictimSafety], null),
            Factors = new FactorsAnswer([], [HinderingFactor.GeenAutonomie, HinderingFactor.Afrekencultuur]),
            Meldcode = new MeldcodeAnswer(MeldcodeStep.Weighing, TriState.No, TriState.Yes),
            NextStep = new NextStepAnswer("Overleg", StepPartner.Aandachtsfunctionaris, new DateOnly(2027, 2, 22)),
            Shared = true,
            SharedWith = ["partner"],
            CompletedAt = Now,
            Response = new PartnerResponse("partner", "Sterk!", Now),
        };

    private async Task<ReflectionStore> CreateAsync() =>
        new((await new StorageTestContext(azurite).InitializeAsync()).Tables);
}
