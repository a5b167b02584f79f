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

    [Fact]
    public void StepThree_MaySkipTheConversationWhenTheClientWouldBreakOffContact()
    {
        var questions = MeldcodeGuide.For(MeldcodeStep.ClientConversation).Questions;

        Assert.Contains(questions, q => q.Dutch.Contains("contact met mij verbreken", StringComparison.Ordinal) && q.English.Contains("break off contact", StringComparison.Ordinal));
    }

    [Fact]
    public void StepThree_FgmWithHonourRelatedViolenceAndForcedMarriage_ConsultAnExpertFirst()
    {
        var expertFirst = MeldcodeGuide.For(MeldcodeStep.ClientConversation).Questions.Single(q => q.Dutch.Contains("Raadpleeg dan eerst een deskundige", StringComparison.Ordinal));

        Assert.Contains("eergerelateerd geweld, huwelijksdwang of achterlating, vrouwelijke genitale verminking (VGV)", expertFirst.Dutch, StringComparison.Ordinal);
        Assert.Contains("dwingende controle", expertFirst.Dutch, StringComparison.Ordinal);
        Assert.Contains("seksueel geweld", expertFirst.Dutch, StringComparison.Ordinal);
    }

    [Fact]
    public void StepFive_NamesTheKadersTwoDecisionMoments()
    {
        var step = MeldcodeGuide.For(MeldcodeStep.Deciding);

        Assert.Contains("'Is melden noodzakelijk?'", step.Asks.Dutch, StringComparison.Ordinal);
        Assert.Contains("'Is hulpverlening (ook) mogelijk?'", step.Asks.Dutch, StringComparison.Ordinal);
        Assert.Contains("'Is a report necessary?' and 'Is providing help (also) possible?'", step.Asks.English, StringComparison.Ordinal);
    }

    [Fact]
    public void KaderQuestionFive_KeepsWelzijn()
    {
        var five = KaderTexts.Question(KaderQuestion.HulpResultaat);

        Assert.Contains("veiligheid en/of het welzijn (herstel) van alle betrokkenen", five.Dutch, StringComparison.Ordinal);
        Assert.Contains("well-being", five.English, StringComparison.Ordinal);
    }

    [Fact]
    public void KaderTexts_NeverAlwaysReportNorVeiligThuisTakesOver()
    {
        var texts = Enum.GetValues<KaderNorm>().SelectMany(n => Enum.GetValues<Beroepscluster>().Select(c => KaderTexts.Says(n, c)).Append(KaderTexts.Says(n)))
            .Concat(MeldcodeGuide.Steps.SelectMany(s => s.Questions.Append(s.Asks)))
            .SelectMany(t => new[] { t.Dutch, t.English });

        Assert.All(texts, text =>
        {
            Assert.DoesNotContain("meld je altijd", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("always report", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("neemt", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("takes over", text, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Theory]
    [InlineData(KaderNorm.ReportUnsafety)]
    [InlineData(KaderNorm.ReportNoHelp)]
    [InlineData(KaderNorm.ReportHelpRefused)]
    [InlineData(KaderNorm.ReportHelpFails)]
    public void KaderSays_VeiligThuisWorker_IsNotToldReportingToVeiligThuisIsTheNorm(KaderNorm norm)
    {
        var own = KaderTexts.Says(norm, Beroepscluster.VeiligThuisOpvang);

        Assert.DoesNotContain("professionele norm", own.Dutch, StringComparison.Ordinal);
        Assert.DoesNotContain("professional norm", own.English, StringComparison.Ordinal);
        Assert.Contains("Werk je bij Veilig Thuis", own.Dutch, StringComparison.Ordinal);
        Assert.Contains("professionele norm", KaderTexts.Says(norm, Beroepscluster.Jeugdhulp).Dutch, StringComparison.Ordinal);
    }

    [Fact]
    public void ClusterNotes_EveryGroupButOtherHasItsOwnNoteWhereItsVersionDiffers()
    {
        var decided = Enum.GetValues<Beroepscluster>().Where(c => ClusterNotes.For(c, MeldcodeStep.Deciding).Count > 0 || ClusterNotes.For(c, MeldcodeStep.Weighing).Count > 0);

        Assert.Equal(Enum.GetValues<Beroepscluster>(), decided);
        Assert.Contains(ClusterNotes.For(Beroepscluster.Praktijkondersteuning, MeldcodeStep.Consultation), n => n.Dutch.Contains("KNMG", StringComparison.Ordinal));
        Assert.Empty(ClusterNotes.For(Beroepscluster.VeiligThuisOpvang, MeldcodeStep.Consultation));
    }
}
