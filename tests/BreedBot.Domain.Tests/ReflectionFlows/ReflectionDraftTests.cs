using BreedBot.Domain.Reflections;
using static BreedBot.Domain.Tests.ReflectionFlows.ReflectionScenario;

namespace BreedBot.Domain.Tests.ReflectionFlows;

/// <summary>"later verder" keeps what is on the current step's card; the privacy guard still decides what may be kept.</summary>
public sealed class ReflectionDraftTests
{
    private static readonly Dictionary<string, string?> HalfStep2 = new() { ["sources"] = "Angst,Zorgen", ["strength"] = "", ["trigger"] = "De vader werd boos" };

    [Fact]
    public void SaveForLater_HalfFilledStep_KeepsWhatIsThereAtTheSameStepAndVersion()
    {
        var at2 = At(ReflectionStep.Discomfort);

        var outcome = ReflectionFlow.SaveForLater(at2, 2, at2.Version, HalfStep2, Context());

        Assert.True(outcome.IsApplied);
        Assert.Empty(outcome.Problems);
        Assert.Equal((ReflectionStep.Discomfort, at2.Version), (outcome.Reflection.Step, outcome.Reflection.Version));
        Assert.Equal(ReflectionStep.Discomfort, outcome.Reflection.Draft!.Step);
        Assert.Equal(new Dictionary<string, string> { ["sources"] = "Angst,Zorgen", ["trigger"] = "De vader werd boos" }, outcome.Reflection.Draft.Values);
    }

    [Fact]
    public void SaveForLater_IdentifyingText_IsNotKeptButTheRestIs()
    {
        var at2 = At(ReflectionStep.Discomfort);

        var outcome = ReflectionFlow.SaveForLater(at2, 2, at2.Version, new Dictionary<string, string?> { ["sources"] = "Angst", ["strength"] = "3", ["trigger"] = "mevrouw Jansen schreeuwde" }, Context());

        Assert.True(outcome.IsApplied);
        Assert.Equal([new ReflectionProblem("trigger", ReflectionProblemKind.Identifying)], outcome.Problems);
        Assert.Equal(new Dictionary<string, string> { ["sources"] = "Angst", ["strength"] = "3" }, outcome.Reflection.Draft!.Values);
    }

    [Fact]
    public void SaveForLater_TamperedChoices_AreNotKept()
    {
        var at2 = At(ReflectionStep.Discomfort);

        var outcome = ReflectionFlow.SaveForLater(at2, 2, at2.Version, new Dictionary<string, string?> { ["sources"] = "Angst,Woede", ["strength"] = "9", ["trigger"] = "" }, Context());

        Assert.Null(outcome.Reflection.Draft);
    }

    [Fact]
    public void SaveForLater_CardWithoutInputs_KeepsTheEarlierDraft()
    {
        var at2 = At(ReflectionStep.Discomfort);
        var saved = ReflectionFlow.SaveForLater(at2, 2, at2.Version, HalfStep2, Context()).Reflection;

        var again = ReflectionFlow.SaveForLater(saved, 2, saved.Version, new Dictionary<string, string?> { ["reflectionId"] = "r1" }, Context());

        Assert.Same(saved, again.Reflection);
    }

    [Fact]
    public void SaveForLater_OldCard_IsRefusedAndKeepsNothing()
    {
        var at2 = At(ReflectionStep.Discomfort);

        var outcome = ReflectionFlow.SaveForLater(at2, 1, at2.Version - 1, ValidAnswers(ReflectionStep.Casus), Context());

        Assert.Equal(ReflectionOutcomeKind.AlreadyDone, outcome.Kind);
        Assert.Null(outcome.Reflection.Draft);
    }

    [Fact]
    public void Submit_AfterSaveForLater_ClearsTheDraft()
    {
        var at2 = At(ReflectionStep.Discomfort);
        var saved = ReflectionFlow.SaveForLater(at2, 2, at2.Version, HalfStep2, Context()).Reflection;

        var next = ReflectionFlow.Submit(saved, 2, saved.Version, ValidAnswers(ReflectionStep.Discomfort), Context());

        Assert.True(next.IsApplied);
        Assert.Null(next.Reflection.Draft);
    }
}
