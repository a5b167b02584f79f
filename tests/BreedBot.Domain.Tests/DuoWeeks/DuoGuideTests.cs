using BreedBot.Domain.Courage;
using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.TeamWeeks;

namespace BreedBot.Domain.Tests.DuoWeeks;

public sealed class DuoGuideTests
{
    [Fact]
    public void QuestionsFor_AnyWeek_TheFourThatAlwaysHelpThenOneMore()
    {
        var questions = DuoGuide.QuestionsFor(new IsoWeek(2027, 7));

        Assert.Equal(5, questions.Count);
        Assert.Equal(DuoGuide.Always, questions.Take(4));
        Assert.Contains(questions[4], DuoGuide.Rotating);
        Assert.Equal(
            ["Wat staat er op het spel, en voor wie?", "Wat zou je doen als je niet bang was?", "Wat vraagt de meldcode nu van je?", "Wie moet dit nog meer weten? Wie kan je steunen?"],
            DuoGuide.Always.Select(q => q.Text.Dutch));
    }

    [Fact]
    public void QuestionsFor_ConsecutiveWeeks_EachExtraOnceBeforeAnyRepeats()
    {
        var week = new IsoWeek(2027, 7);
        var extras = Enumerable.Range(0, DuoGuide.Rotating.Count).Select(i => DuoGuide.QuestionsFor(IsoWeek.Of(week.Monday.AddDays(7 * i)))[4]).ToList();

        Assert.Equal(DuoGuide.Rotating.Count, extras.Distinct().Count());
    }

    [Theory]
    [InlineData(2026, 53, 2027, 1)]
    [InlineData(2027, 52, 2028, 1)]
    [InlineData(2020, 53, 2021, 1)]
    public void QuestionsFor_OverTheYearBoundary_TurnsOnByOneLikeAnyOtherWeek(int year, int week, int nextYear, int nextWeek)
    {
        var index = DuoGuideIndex(new IsoWeek(year, week));
        var next = DuoGuideIndex(new IsoWeek(nextYear, nextWeek));

        Assert.Equal((index + 1) % DuoGuide.Rotating.Count, next);
    }

    [Fact]
    public void Questions_EveryOne_HasBothLanguagesAndCoversTheHelpingFactors()
    {
        var all = DuoGuide.Always.Concat(DuoGuide.Rotating).ToList();

        Assert.All(all, q => Assert.False(string.IsNullOrWhiteSpace(q.Text.Dutch) || string.IsNullOrWhiteSpace(q.Text.English)));
        Assert.Equal(Enum.GetValues<HelpingFactor>().Order(), all.Select(q => q.Factor).Distinct().Order());
    }

    private static int DuoGuideIndex(IsoWeek week) => DuoGuide.Rotating.ToList().IndexOf(DuoGuide.QuestionsFor(week)[4]);
}
