using BreedBot.Domain.Courage;
using BreedBot.Domain.Meldcode;
using BreedBot.Domain.Reflections;
using static BreedBot.Domain.Tests.ReflectionFlows.ReflectionScenario;

namespace BreedBot.Domain.Tests.ReflectionFlows;

public sealed class ReflectionFlowTests
{
    [Fact]
    public void Submit_AllEightStepsValid_CompletesWithEveryAnswer()
    {
        var done = At(ReflectionStep.Done, "partner");

        Assert.True(done.IsCompleted);
        Assert.Equal(Now, done.CompletedAt);
        Assert.Equal(9, done.Version);
        Assert.Equal(new CasusAnswer("casus A", ViolenceForm.ChildAbuse, TriState.Yes), done.Casus);
        Assert.Equal([DiscomfortSource.Angst, DiscomfortSource.Onzekerheid], done.Discomfort!.Sources);
        Assert.Equal(4, done.Discomfort.Strength);
        Assert.Equal([ActingEffect.Postpone], done.Effect!.Effects);
        Assert.Equal([HigherGoal.ChildSafety], done.Goal!.Goals);
        Assert.Equal([HelpingFactor.KennisEnVaardigheden, HelpingFactor.ReflectieEnIntervisie], done.Factors!.Helps);
        Assert.Equal(MeldcodeStep.Consultation, done.Meldcode!.Stage);
        Assert.Equal(new NextStepAnswer("Advies vragen bij Veilig Thuis", StepPartner.VeiligThuis, new DateOnly(2027, 2, 22)), done.NextStep);
        Assert.True(done.Shared);
        Assert.Equal(["partner"], done.SharedWith);
    }

    [Fact]
    public void Submit_KeepPrivate_SharesWithNobody()
    {
        var atShare = At(ReflectionStep.Share, "partner");

        var outcome = ReflectionFlow.Submit(atShare, 8, atShare.Version, new Dictionary<string, string?> { ["share"] = "Private" }, Context(null, "partner"));

        Assert.True(outcome.IsApplied);
        Assert.False(outcome.Reflection.Shared);
        Assert.Empty(outcome.Reflection.SharedWith);
    }

    [Fact]
    public void Submit_SameStepTwice_SecondIsAlreadyDoneAndChangesNothing()
    {
        var start = New();
        var first = ReflectionFlow.Submit(start, 1, 1, ValidAnswers(ReflectionStep.Casus), Context());

        var second = ReflectionFlow.Submit(first.Reflection, 1, 1, With(ReflectionStep.Casus, "label", "casus B"), Context());

        Assert.Equal(ReflectionOutcomeKind.AlreadyDone, second.Kind);
        Assert.Same(first.Reflection, second.Reflection);
        Assert.Equal("casus A", second.Reflection.Label);
    }

    [Theory]
    [InlineData(3, 1)]
    [InlineData(9, 1)]
    [InlineData(0, 1)]
    [InlineData(-4, 1)]
    public void Submit_StepOutOfOrder_IsRefused(int step, int version)
    {
        var outcome = ReflectionFlow.Submit(New(), step, version, ValidAnswers(ReflectionStep.Casus), Context());

        Assert.Equal(ReflectionOutcomeKind.OutOfOrder, outcome.Kind);
        Assert.Equal(ReflectionStep.Casus, outcome.Reflection.Step);
    }

    [Fact]
    public void Submit_RightStepOldVersion_IsAlreadyDone()
    {
        // Forward, back, and then the first card of step 2 is sent again.
        var atTwo = At(ReflectionStep.Discomfort);
        var back = ReflectionFlow.Back(atTwo, 2, atTwo.Version, Now).Reflection;
        var forward = ReflectionFlow.Submit(back, 1, back.Version, ValidAnswers(ReflectionStep.Casus), Context()).Reflection;

        var stale = ReflectionFlow.Submit(forward, 2, atTwo.Version, ValidAnswers(ReflectionStep.Discomfort), Context());

        Assert.Equal(ReflectionOutcomeKind.AlreadyDone, stale.Kind);
    }

    [Fact]
    public void Back_FromStepThree_KeepsAnswersAndShowsStepTwo()
    {
        var atThree = At(ReflectionStep.Effect);

        var outcome = ReflectionFlow.Back(atThree, 3, atThree.Version, Now);

        Assert.True(outcome.IsApplied);
        Assert.Equal(ReflectionStep.Discomfort, outcome.Reflection.Step);
        Assert.Equal(4, outcome.Reflection.Discomfort!.Strength);
        Assert.Equal(atThree.Version + 1, outcome.Reflection.Version);
    }

    [Fact]
    public void Back_FromFirstStep_IsRefused()
    {
        Assert.Equal(ReflectionOutcomeKind.OutOfOrder, ReflectionFlow.Back(New(), 1, 1, Now).Kind);
    }

    [Fact]
    public void Submit_AfterFourteenDays_IsExpired()
    {
        var atTwo = At(ReflectionStep.Discomfort);

        var late = ReflectionFlow.Submit(atTwo, 2, atTwo.Version, ValidAnswers(ReflectionStep.Discomfort), Context(Now.AddDays(14)));
        var inTime = ReflectionFlow.Submit(atTwo, 2, atTwo.Version, ValidAnswers(ReflectionStep.Discomfort), Context(Now.AddDays(14).AddMinutes(-1)));

        Assert.Equal(ReflectionOutcomeKind.Expired, late.Kind);
        Assert.True(inTime.IsApplied);
    }

    [Fact]
    public void IsExpired_Completed_NeverExpires()
    {
        Assert.False(At(ReflectionStep.Done).IsExpired(Now.AddYears(1)));
        Assert.True(New().IsExpired(Now.AddDays(15)));
    }

    [Fact]
    public void Submit_AfterCompletion_IsRefused()
    {
        var done = At(ReflectionStep.Done);

        Assert.Equal(ReflectionOutcomeKind.Completed, ReflectionFlow.Submit(done, 8, done.Version, ValidAnswers(ReflectionStep.Share), Context()).Kind);
        Assert.Equal(ReflectionOutcomeKind.Completed, ReflectionFlow.Back(done, 9, done.Version, Now).Kind);
    }

    [Fact]
    public void Submit_MeldcodeWithAcuteYes_AppliesAndNeedsNudge()
    {
        var atSix = At(ReflectionStep.Meldcode);

        var outcome = ReflectionFlow.Submit(atSix, 6, atSix.Version, With(ReflectionStep.Meldcode, "acute", "Yes"), Context());

        Assert.True(outcome.IsApplied);
        Assert.True(outcome.Reflection.Meldcode!.SeesUnsafety);
        Assert.True(outcome.Reflection.NeedsUnsafetyNudge);
        Assert.False(ReflectionAftercare.MarkVeiligThuisContacted(outcome.Reflection, Now).NeedsUnsafetyNudge);
        Assert.False(ReflectionAftercare.MarkNudged(outcome.Reflection, Now).NeedsUnsafetyNudge);
    }

    [Theory]
    [InlineData("acute")]
    [InlineData("structural")]
    public void Submit_MeldcodeWithWeetIkNiet_NeedsTheSameNudgeAsYes(string question)
    {
        var atSix = At(ReflectionStep.Meldcode);

        var answers = new Dictionary<string, string?>(ValidAnswers(ReflectionStep.Meldcode)) { ["acute"] = "No", ["structural"] = "No", [question] = "Unknown" };

        var outcome = ReflectionFlow.Submit(atSix, 6, atSix.Version, answers, Context());

        Assert.True(outcome.IsApplied);
        Assert.True(outcome.Reflection.Meldcode!.DoubtsUnsafety);
        Assert.True(outcome.Reflection.NeedsUnsafetyNudge);
        Assert.False(ReflectionAftercare.MarkVeiligThuisContacted(outcome.Reflection, Now).NeedsUnsafetyNudge);
    }

    [Theory]
    [InlineData(TriState.No, TriState.No, false, false, false)]
    [InlineData(TriState.Yes, TriState.No, true, false, true)]
    [InlineData(TriState.Unknown, TriState.No, false, true, true)]
    [InlineData(TriState.No, TriState.Unknown, false, true, false)]
    [InlineData(TriState.Unknown, TriState.Yes, true, false, true)]
    public void MeldcodeAnswer_Unsafety_SeenDoubtedAndMaybeAcute(TriState acute, TriState structural, bool sees, bool doubts, bool maybeAcute)
    {
        var answer = new MeldcodeAnswer(MeldcodeStep.Signals, acute, structural);

        Assert.Equal(sees, answer.SeesUnsafety);
        Assert.Equal(doubts, answer.DoubtsUnsafety);
        Assert.Equal(sees || doubts, answer.CallsForVeiligThuis);
        Assert.Equal(maybeAcute, answer.MayBeAcute);
    }

    [Theory]
    [InlineData(ViolenceForm.HonourRelated, true)]
    [InlineData(ViolenceForm.ForcedMarriage, true)]
    [InlineData(ViolenceForm.GenitalMutilation, true)]
    [InlineData(ViolenceForm.CoerciveControl, true)]
    [InlineData(ViolenceForm.SexualViolence, true)]
    [InlineData(ViolenceForm.PartnerViolence, false)]
    [InlineData(ViolenceForm.AbuseOfParents, false)]
    [InlineData(ViolenceForm.ChildAbuse, false)]
    [InlineData(ViolenceForm.Unknown, false)]
    public void NeedsExpertBeforeTalking_OnlyTheFormsWhereTalkingRaisesTheDanger(ViolenceForm form, bool expected)
    {
        Assert.Equal(expected, form.NeedsExpertBeforeTalking());
    }
}
