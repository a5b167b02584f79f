using BreedBot.Domain.Meldcode;
using BreedBot.Domain.Pairing;
using BreedBot.Domain.Privacy;

namespace BreedBot.Domain.Tests.Meldcode;

public class MeldcodeGuideTests
{
    [Fact]
    public void Steps_AreTheFiveInOrderEachWithQuestions()
    {
        Assert.Equal(Enum.GetValues<MeldcodeStep>().Where(s => s != MeldcodeStep.NotStarted), MeldcodeGuide.Steps.Select(s => s.Step));
        Assert.All(MeldcodeGuide.Steps, step => Assert.NotEmpty(step.Questions));
    }

    [Fact]
    public void Steps_AfwegingskaderFromStepFourOn()
    {
        Assert.Equal([4, 5], MeldcodeGuide.Steps.Where(s => s.UsesAfwegingskader).Select(s => s.Number));
    }

    [Fact]
    public void Steps_AskTheBriefsQuestions()
    {
        var all = string.Join(' ', MeldcodeGuide.Steps.SelectMany(s => s.Questions).Select(q => q.Dutch));

        Assert.Contains("vastgelegd in het dossier", all, StringComparison.Ordinal);
        Assert.Contains("Kindcheck", all, StringComparison.Ordinal);
        Assert.Contains("aandachtsfunctionaris", all, StringComparison.Ordinal);
        Assert.Contains("Veilig Thuis om advies", all, StringComparison.Ordinal);
        Assert.Contains("Is een gesprek veilig", all, StringComparison.Ordinal);
    }

    [Fact]
    public void Texts_PassThePrivacyGuardAndAreFreeOfTags()
    {
        var texts = MeldcodeGuide.Steps.SelectMany(s => s.Questions.Append(s.Asks).Append(s.Title))
            .Concat(Enum.GetValues<KaderQuestion>().Select(KaderTexts.Question))
            .SelectMany(t => new[] { t.Dutch, t.English });

        Assert.All(texts, text =>
        {
            Assert.True(PrivacyGuard.Check(text).IsAllowed, text);
            Assert.DoesNotContain("<", text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void ClusterNotes_Physician_MustAskVeiligThuisInStepTwo()
    {
        var notes = ClusterNotes.For(Beroepscluster.Arts, MeldcodeStep.Consultation);

        Assert.Contains(notes, n => n.Dutch.Contains("altijd Veilig Thuis om advies", StringComparison.Ordinal));
        Assert.Empty(ClusterNotes.For(Beroepscluster.SociaalWerk, MeldcodeStep.Consultation));
    }

    [Fact]
    public void ClusterNotes_NoClusterKnown_HasNoNotes()
    {
        Assert.All(MeldcodeGuide.Steps.Select(s => s.Step), step => Assert.Empty(ClusterNotes.For(null, step)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void StepOf_OutOfRange_IsNull(int number) => Assert.Null(MeldcodeGuide.StepOf(number));
}
