using BreedBot.Domain.Meldcode;

namespace BreedBot.Domain.Tests.Meldcode;

public class AfwegingskaderTests
{
    [Theory]
    [InlineData(KaderQuestion.Vermoeden, true, KaderQuestion.AcuutOfStructureel)]
    [InlineData(KaderQuestion.AcuutOfStructureel, false, KaderQuestion.HulpMogelijk)]
    [InlineData(KaderQuestion.HulpMogelijk, true, KaderQuestion.HulpAanvaard)]
    [InlineData(KaderQuestion.HulpAanvaard, true, KaderQuestion.HulpResultaat)]
    public void Answer_ThatContinues_LeadsToNextQuestionWithoutNorm(KaderQuestion question, bool yes, KaderQuestion next)
    {
        var answer = Afwegingskader.Answer(question, yes);

        Assert.Equal(next, answer.Next);
        Assert.Null(answer.Norm);
    }

    [Theory]
    [InlineData(KaderQuestion.Vermoeden, false, KaderNorm.CloseAndRecord)]
    [InlineData(KaderQuestion.AcuutOfStructureel, true, KaderNorm.ReportUnsafety)]
    [InlineData(KaderQuestion.HulpMogelijk, false, KaderNorm.ReportNoHelp)]
    [InlineData(KaderQuestion.HulpAanvaard, false, KaderNorm.ReportHelpRefused)]
    [InlineData(KaderQuestion.HulpResultaat, false, KaderNorm.ReportHelpFails)]
    [InlineData(KaderQuestion.HulpResultaat, true, KaderNorm.CloseHelpWithAgreements)]
    public void Answer_ThatEnds_SaysTheKadersNormAndAsksNoMore(KaderQuestion question, bool yes, KaderNorm norm)
    {
        var answer = Afwegingskader.Answer(question, yes);

        Assert.Equal(norm, answer.Norm);
        Assert.Null(answer.Next);
    }

    [Fact]
    public void Answer_EveryPath_EndsWithinFiveQuestions()
    {
        foreach (var path in Enumerable.Range(0, 32))
        {
            KaderQuestion? question = Afwegingskader.First;
            var asked = 0;
            while (question is { } q)
            {
                var answer = Afwegingskader.Answer(q, (path >> asked & 1) == 1);
                question = answer.Next;
                asked++;
                Assert.True(asked <= 5, $"path {path} asked more than five questions");
            }
        }
    }

    [Theory]
    [InlineData(KaderNorm.ReportUnsafety, true)]
    [InlineData(KaderNorm.ReportNoHelp, true)]
    [InlineData(KaderNorm.ReportHelpRefused, true)]
    [InlineData(KaderNorm.ReportHelpFails, true)]
    [InlineData(KaderNorm.CloseAndRecord, false)]
    [InlineData(KaderNorm.CloseHelpWithAgreements, false)]
    public void Says_ReportNorms_NameVeiligThuisAsTheProfessionalNorm(KaderNorm norm, bool report)
    {
        var says = KaderTexts.Says(norm);

        Assert.Equal(report, says.Dutch.Contains("melden bij Veilig Thuis de professionele norm", StringComparison.Ordinal));
        Assert.Equal(report, says.English.Contains("professional norm", StringComparison.Ordinal));
    }

    [Fact]
    public void Answer_YesToAcuteOrStructuralUnsafety_SignalsUnsafety()
    {
        Assert.True(Afwegingskader.Answer(KaderQuestion.AcuutOfStructureel, true).SignalsUnsafety);
        Assert.False(Afwegingskader.Answer(KaderQuestion.AcuutOfStructureel, false).SignalsUnsafety);
        Assert.False(Afwegingskader.Answer(KaderQuestion.Vermoeden, true).SignalsUnsafety);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    public void QuestionOf_OutOfRange_IsNull(int number) => Assert.Null(Afwegingskader.QuestionOf(number));

    [Fact]
    public void WhoToConsult_LeavesTheDecisionWithTheProfessional()
    {
        Assert.StartsWith("Jij besluit.", KaderTexts.WhoToConsult.Dutch, StringComparison.Ordinal);
        Assert.Contains("0800-2000", KaderTexts.WhoToConsult.Dutch, StringComparison.Ordinal);
    }
}
