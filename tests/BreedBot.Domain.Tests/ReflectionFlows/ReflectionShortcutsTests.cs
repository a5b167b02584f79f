using BreedBot.Domain.Courage;
using BreedBot.Domain.Reflections;
using static BreedBot.Domain.Tests.ReflectionFlows.ReflectionScenario;

namespace BreedBot.Domain.Tests.ReflectionFlows;

public sealed class ReflectionShortcutsTests
{
    private static readonly Dictionary<string, string?> QuickAnswers = new()
    {
        ["label"] = "casus B",
        ["sources"] = "Weerstand,Zorgen",
        ["strength"] = "3",
        ["stepWhat"] = "De aandachtsfunctionaris bellen",
        ["stepWith"] = "Aandachtsfunctionaris",
        ["stepBy"] = "2027-02-19",
    };

    [Fact]
    public void Quick_ValidAnswers_IsDoneAtOnceWithLabelDiscomfortAndStep()
    {
        var outcome = ReflectionShortcuts.Quick("tenant", "author", "q1", QuickAnswers, Context());

        Assert.True(outcome.IsApplied);
        var r = outcome.Reflection;
        Assert.True(r is { Kind: ReflectionKind.Quick, IsCompleted: true, Label: "casus B", Shared: false, DeepenedAt: null });
        Assert.Equal(Now, r.CompletedAt);
        Assert.Equal([DiscomfortSource.Weerstand, DiscomfortSource.Zorgen], r.Discomfort!.Sources);
        Assert.Equal(3, r.Discomfort.Strength);
        Assert.Equal(new NextStepAnswer("De aandachtsfunctionaris bellen", StepPartner.Aandachtsfunctionaris, new DateOnly(2027, 2, 19)), r.NextStep);
        Assert.Null(r.Meldcode);
        Assert.False(ReflectionShortcuts.AskedInFull(r));
        Assert.True(ReflectionShortcuts.CountsWhenDone(r));
    }

    [Theory]
    [InlineData("label", "mevrouw Jansen", ReflectionProblemKind.Identifying)]
    [InlineData("label", "", ReflectionProblemKind.Required)]
    [InlineData("sources", "", ReflectionProblemKind.Required)]
    [InlineData("strength", "6", ReflectionProblemKind.OutOfRange)]
    [InlineData("stepWhat", "Mevrouw bellen", ReflectionProblemKind.Identifying)]
    [InlineData("stepBy", "2027-02-14", ReflectionProblemKind.DateInPast)]
    public void Quick_OneAnswerWrong_IsRefusedNamingThatField(string field, string value, ReflectionProblemKind kind)
    {
        var outcome = ReflectionShortcuts.Quick("tenant", "author", "q1", new Dictionary<string, string?>(QuickAnswers) { [field] = value }, Context());

        Assert.Equal(ReflectionOutcomeKind.Invalid, outcome.Kind);
        Assert.Equal(new ReflectionProblem(field, kind), Assert.Single(outcome.Problems));
    }

    [Fact]
    public void FromDuoMoment_KeepsOnlyTheStepAndItsDate()
    {
        var outcome = ReflectionShortcuts.FromDuoMoment(
            "tenant", "author", "s1", new Dictionary<string, string?> { ["stepWhat"] = "Advies vragen", ["stepBy"] = "2027-02-15", ["label"] = "casus C" }, Context());

        Assert.True(outcome.IsApplied);
        var r = outcome.Reflection;
        Assert.True(r is { Kind: ReflectionKind.DuoMoment, IsCompleted: true, Casus: null, Discomfort: null, Effect: null, Goal: null, Factors: null, Meldcode: null });
        Assert.Equal(new NextStepAnswer("Advies vragen", StepPartner.DuoPartner, Today), r.NextStep);
        Assert.False(r.NeedsUnsafetyNudge);
    }

    [Theory]
    [InlineData("Mevrouw Jansen bellen", "2027-02-19", "stepWhat")]
    [InlineData("Advies vragen", "2027-02-14", "stepBy")]
    [InlineData("Advies vragen", null, "stepBy")]
    public void FromDuoMoment_StepRefused_NamesTheField(string? what, string? by, string field)
    {
        var outcome = ReflectionShortcuts.FromDuoMoment("tenant", "author", "s1", new Dictionary<string, string?> { ["stepWhat"] = what, ["stepBy"] = by }, Context());

        Assert.Equal(ReflectionOutcomeKind.Invalid, outcome.Kind);
        Assert.Equal(field, Assert.Single(outcome.Problems).Field);
    }

    [Fact]
    public void Deepen_AQuickReflection_OpensStepOneWithEveryAnswerAndTwoNewWeeks()
    {
        var quick = ReflectionShortcuts.Quick("tenant", "author", "q1", QuickAnswers, Context()).Reflection;
        var later = Now.AddDays(20);

        var outcome = ReflectionShortcuts.Deepen(quick, later);

        Assert.True(outcome.IsApplied);
        var r = outcome.Reflection;
        Assert.True(r is { Step: ReflectionStep.Casus, CompletedAt: null, Label: "casus B" });
        Assert.Equal((later, later), (r.StartedAt, r.DeepenedAt!.Value));
        Assert.Equal(quick.NextStep, r.NextStep);
        Assert.False(r.IsExpired(later.AddDays(13)));
        Assert.False(ReflectionShortcuts.CountsWhenDone(r));
        Assert.False(ReflectionShortcuts.AskedInFull(r));
    }

    [Fact]
    public void Deepen_ThenStepOne_TheKindcheckIsTheirsAndFinishingCountsNothingNew()
    {
        var deepened = ReflectionShortcuts.Deepen(ReflectionShortcuts.Quick("tenant", "author", "q1", QuickAnswers, Context()).Reflection, Now).Reflection;

        var r = deepened;
        while (!r.IsCompleted)
        {
            var outcome = ReflectionFlow.Submit(r, (int)r.Step, r.Version, ValidAnswers(r.Step), Context());
            Assert.True(outcome.IsApplied);
            r = outcome.Reflection;
            Assert.True(ReflectionShortcuts.AskedInFull(r));
        }

        Assert.Equal(TriState.Yes, r.Casus!.Children);
        Assert.False(ReflectionShortcuts.CountsWhenDone(r));
    }

    [Fact]
    public void Deepen_Twice_OrAFullOrDuoMomentReflection_IsRefused()
    {
        var quick = ReflectionShortcuts.Quick("tenant", "author", "q1", QuickAnswers, Context()).Reflection;
        var deepened = ReflectionShortcuts.Deepen(quick, Now).Reflection;
        var step = ReflectionShortcuts.FromDuoMoment("tenant", "author", "s1", new Dictionary<string, string?> { ["stepWhat"] = "Advies vragen", ["stepBy"] = "2027-02-19" }, Context()).Reflection;

        Assert.False(ReflectionShortcuts.Deepen(deepened, Now).IsApplied);
        Assert.False(ReflectionShortcuts.Deepen(At(ReflectionStep.Done), Now).IsApplied);
        Assert.False(ReflectionShortcuts.Deepen(step, Now).IsApplied);
        Assert.True(ReflectionShortcuts.AskedInFull(At(ReflectionStep.Done)));
    }
}
