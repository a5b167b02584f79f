using BreedBot.Domain.Reflections;
using static BreedBot.Domain.Tests.ReflectionFlows.ReflectionScenario;

namespace BreedBot.Domain.Tests.ReflectionFlows;

/// <summary>Each step's answers are checked field by field; a step with any problem changes nothing.</summary>
public sealed class ReflectionValidationTests
{
    public static TheoryData<ReflectionStep, string, string?, ReflectionProblemKind> BadAnswers() => new()
    {
        { ReflectionStep.Casus, "label", null, ReflectionProblemKind.Required },
        { ReflectionStep.Casus, "label", "   ", ReflectionProblemKind.Required },
        { ReflectionStep.Casus, "label", new string('a', 41), ReflectionProblemKind.TooLong },
        { ReflectionStep.Casus, "label", "mevrouw X", ReflectionProblemKind.Identifying },
        { ReflectionStep.Casus, "form", "Stalking", ReflectionProblemKind.UnknownChoice },
        { ReflectionStep.Casus, "form", "1", ReflectionProblemKind.UnknownChoice },
        { ReflectionStep.Casus, "children", null, ReflectionProblemKind.Required },
        { ReflectionStep.Casus, "children", "yes", ReflectionProblemKind.UnknownChoice },
        { ReflectionStep.Discomfort, "sources", null, ReflectionProblemKind.Required },
        { ReflectionStep.Discomfort, "sources", "Angst,Boosheid", ReflectionProblemKind.UnknownChoice },
        { ReflectionStep.Discomfort, "strength", "0", ReflectionProblemKind.OutOfRange },
        { ReflectionStep.Discomfort, "strength", "6", ReflectionProblemKind.OutOfRange },
        { ReflectionStep.Discomfort, "strength", "-1", ReflectionProblemKind.OutOfRange },
        { ReflectionStep.Discomfort, "strength", "3.5", ReflectionProblemKind.OutOfRange },
        { ReflectionStep.Discomfort, "trigger", null, ReflectionProblemKind.Required },
        { ReflectionStep.Discomfort, "trigger", new string('x', 501), ReflectionProblemKind.TooLong },
        { ReflectionStep.Discomfort, "trigger", "Mevrouw wil niet praten", ReflectionProblemKind.Identifying },
        { ReflectionStep.Effect, "effects", "Freeze", ReflectionProblemKind.UnknownChoice },
        { ReflectionStep.Goal, "goals", null, ReflectionProblemKind.Required },
        { ReflectionStep.Factors, "helps", "Money", ReflectionProblemKind.UnknownChoice },
        { ReflectionStep.Meldcode, "stage", "Step6", ReflectionProblemKind.UnknownChoice },
        { ReflectionStep.Meldcode, "stage", "6", ReflectionProblemKind.UnknownChoice },
        { ReflectionStep.Meldcode, "acute", null, ReflectionProblemKind.Required },
        { ReflectionStep.NextStep, "stepWhat", null, ReflectionProblemKind.Required },
        { ReflectionStep.NextStep, "stepWith", "Police", ReflectionProblemKind.UnknownChoice },
        { ReflectionStep.NextStep, "stepBy", "2027-02-14", ReflectionProblemKind.DateInPast },
        { ReflectionStep.NextStep, "stepBy", "22-02-2027", ReflectionProblemKind.OutOfRange },
        { ReflectionStep.NextStep, "stepBy", null, ReflectionProblemKind.Required },
        { ReflectionStep.Share, "share", "Everyone", ReflectionProblemKind.UnknownChoice },
        { ReflectionStep.Share, "share", null, ReflectionProblemKind.Required },
    };

    [Theory]
    [MemberData(nameof(BadAnswers))]
    public void Submit_BadAnswer_NamesTheFieldAndChangesNothing(ReflectionStep step, string field, string? value, ReflectionProblemKind kind)
    {
        var reflection = At(step);

        var outcome = ReflectionFlow.Submit(reflection, (int)step, reflection.Version, With(step, field, value), Context());

        Assert.Equal(ReflectionOutcomeKind.Invalid, outcome.Kind);
        Assert.Same(reflection, outcome.Reflection);
        Assert.Contains(new ReflectionProblem(field, kind), outcome.Problems);
    }

    [Theory]
    [InlineData(ReflectionStep.Effect, "effects", "effectText")]
    [InlineData(ReflectionStep.Goal, "goals", "goalText")]
    public void Submit_OtherWithoutText_AsksForTheText(ReflectionStep step, string choices, string text)
    {
        var reflection = At(step);

        var outcome = ReflectionFlow.Submit(reflection, (int)step, reflection.Version, new Dictionary<string, string?> { [choices] = "Other" }, Context());

        Assert.Equal([new ReflectionProblem(text, ReflectionProblemKind.OtherNeedsText)], outcome.Problems);
    }

    [Fact]
    public void Submit_SeveralProblems_ReportsEachOnce()
    {
        var values = new Dictionary<string, string?> { ["label"] = new string('a', 50), ["children"] = "Maybe" };

        var outcome = ReflectionFlow.Submit(New(), 1, 1, values, Context());

        Assert.Equal([new ReflectionProblem("label", ReflectionProblemKind.TooLong), new ReflectionProblem("children", ReflectionProblemKind.UnknownChoice)], outcome.Problems);
    }

    [Fact]
    public void Submit_FactorsBothEmpty_AsksForOne()
    {
        var reflection = At(ReflectionStep.Factors);

        var outcome = ReflectionFlow.Submit(reflection, 5, reflection.Version, new Dictionary<string, string?>(), Context());

        Assert.Equal([new ReflectionProblem("helps", ReflectionProblemKind.Required)], outcome.Problems);
    }

    [Fact]
    public void Submit_OtherEffectWithText_Applies()
    {
        var reflection = At(ReflectionStep.Effect);
        var values = new Dictionary<string, string?> { ["effects"] = "Other,Soften", ["effectText"] = "Ik praat eromheen" };

        var outcome = ReflectionFlow.Submit(reflection, 3, reflection.Version, values, Context());

        Assert.Equal(new[] { ActingEffect.Soften, ActingEffect.Other }, outcome.Reflection.Effect!.Effects);
        Assert.Equal("Ik praat eromheen", outcome.Reflection.Effect.Text);
    }

    [Fact]
    public void Submit_NextStepToday_IsAllowed()
    {
        var reflection = At(ReflectionStep.NextStep);

        var outcome = ReflectionFlow.Submit(reflection, 7, reflection.Version, With(ReflectionStep.NextStep, "stepBy", "2027-02-15"), Context());

        Assert.True(outcome.IsApplied);
    }

    [Fact]
    public void Submit_NoFormOfViolence_IsAllowed()
    {
        var outcome = ReflectionFlow.Submit(New(), 1, 1, With(ReflectionStep.Casus, "form", null), Context());

        Assert.True(outcome.IsApplied);
        Assert.Null(outcome.Reflection.Casus!.Form);
    }

    [Fact]
    public void Submit_LabelWithSurroundingBlanks_IsTrimmed()
    {
        var outcome = ReflectionFlow.Submit(New(), 1, 1, With(ReflectionStep.Casus, "label", "  gezin blauw  "), Context());

        Assert.Equal("gezin blauw", outcome.Reflection.Label);
    }
}
