using BreedBot.Domain.Courage;
using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.Summaries;
using BreedBot.Domain.TeamWeeks;
using static BreedBot.Domain.Tests.Summaries.SummaryFacts;

namespace BreedBot.Domain.Tests.Summaries;

public class WeeklySummaryBuilderTests
{
    [Theory]
    [InlineData(0, null)]
    [InlineData(1, null)]
    [InlineData(2, null)]
    [InlineData(3, 3)]
    public void Build_ReflectionCount_ShownFromThree(int count, int? expected)
    {
        var summary = WeeklySummaryBuilder.Build([WeekOf(5, SummaryFacts.Reflections(count))]);

        Assert.True(summary.Detailed);
        Assert.Equal(expected, summary.Reflections);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    public void Build_DiscomfortSourceCount_ShownFromThree(int angst, bool shown)
    {
        var summary = WeeklySummaryBuilder.Build([WeekOf(5, SummaryFacts.Reflections(angst, DiscomfortSource.Angst), SummaryFacts.Reflections(4, DiscomfortSource.Zorgen))]);

        Assert.Equal(shown, summary.Discomfort.Shown.Any(c => c.Category == DiscomfortSource.Angst));
        Assert.Equal(4, Assert.Single(summary.Discomfort.Shown, c => c.Category == DiscomfortSource.Zorgen).Count);
        Assert.All(summary.Discomfort.Shown, c => Assert.True(c.Count >= 3));
        Assert.Null(summary.Discomfort.Other); // a lone small category is left out, never shown as "overig 1" or "2"
    }

    [Fact]
    public void Build_AllCategoriesSmallButTogetherThree_OnlyOverig()
    {
        var summary = WeeklySummaryBuilder.Build([WeekOf(6,
            SummaryFacts.Reflections(1, DiscomfortSource.Angst),
            SummaryFacts.Reflections(1, DiscomfortSource.Onzekerheid),
            SummaryFacts.Reflections(2, DiscomfortSource.Weerstand))]);

        Assert.Empty(summary.Discomfort.Shown);
        Assert.Equal(4, summary.Discomfort.Other);
    }

    [Fact]
    public void Build_AllCategoriesSmallAndTogetherTwo_NothingAtAll()
    {
        var summary = WeeklySummaryBuilder.Build([WeekOf(6, SummaryFacts.Reflections(1, DiscomfortSource.Angst), SummaryFacts.Reflections(1, DiscomfortSource.Zorgen))]);

        Assert.True(summary.Discomfort.IsEmpty);
        Assert.Null(summary.Reflections);
    }

    [Fact]
    public void Build_FactorsNamedOften_TopThreeOfThoseNamedAtLeastThreeTimes()
    {
        var facts = new List<TeamWeekFact>();
        void Add(int n, HelpingFactor f) => facts.AddRange(Enumerable.Range(0, n).Select(_ => new ReflectionCompleted(Id(), [], null, [f], [])));
        Add(6, HelpingFactor.Rolmodellen);
        Add(5, HelpingFactor.WaarderendeOmgeving);
        Add(4, HelpingFactor.Bewustwording);
        Add(3, HelpingFactor.Ervaringskennis);
        Add(2, HelpingFactor.EthischKlimaat);

        var summary = WeeklySummaryBuilder.Build([WeekOf(8, facts)]);

        Assert.Equal([HelpingFactor.Rolmodellen, HelpingFactor.WaarderendeOmgeving, HelpingFactor.Bewustwording], summary.Helping.Shown.Select(c => c.Category));
        Assert.Null(summary.Helping.Other);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Build_FewerThanThreeParticipants_NoCountsAtAllNotEvenDuoMoments(int participants)
    {
        var summary = WeeklySummaryBuilder.Build([WeekOf(participants,
            Planned(4), Held(3, 5, DuoActivity.CaseDiscussed), SummaryFacts.Reflections(5, DiscomfortSource.Angst),
            [new CourageousStepPlanned(Id()), new CourageousStepPlanned(Id()), new CourageousStepPlanned(Id())])]);

        Assert.Null(summary.MomentsHeld);
        Assert.Null(summary.MomentsPlanned);
        Assert.Equal(new WeeklySummary { Week = Week }, summary with { });
        Assert.False(summary.Detailed);
        Assert.Null(summary.Participants);
        Assert.Null(summary.Reflections);
        Assert.Null(summary.StepsPlanned);
        Assert.Null(summary.AverageUsefulness);
        Assert.True(summary.Discomfort.IsEmpty);
        Assert.True(summary.Activities.IsEmpty);
    }

    [Fact]
    public void Build_OneParticipantWithOneMoment_ShowsNoCount()
    {
        var summary = WeeklySummaryBuilder.Build([WeekOf(1, Planned(1), Held(1, 4), SummaryFacts.Reflections(1, DiscomfortSource.Angst))]);

        Assert.Equal(((int?)null, (int?)null), (summary.MomentsHeld, summary.MomentsPlanned));
        Assert.False(summary.Detailed);
        Assert.True(summary.Discomfort.IsEmpty);
    }

    [Fact]
    public void Build_EmptyWeek_NoCount()
    {
        var summary = WeeklySummaryBuilder.Build([TeamWeekFacts.Empty(Week)]);

        Assert.Equal(((int?)null, (int?)null), (summary.MomentsHeld, summary.MomentsPlanned));
        Assert.False(summary.Detailed);
    }

    [Fact]
    public void Build_StepsAndUsefulness_CountedWhenThreeOrMore()
    {
        TeamWeekFact[] steps =
        [
            new CourageousStepPlanned(Id()), new CourageousStepPlanned(Id()), new CourageousStepPlanned(Id()), new CourageousStepPlanned(Id()),
            new CourageousStepOutcome(Id(), StepOutcome.Ja), new CourageousStepOutcome(Id(), StepOutcome.Deels),
            new CourageousStepOutcome(Id(), StepOutcome.Ja), new CourageousStepOutcome(Id(), StepOutcome.NogNiet),
        ];

        var summary = WeeklySummaryBuilder.Build([WeekOf(4, steps, Held(2, 5), Held(1, 2), Held(1, null))]);

        Assert.Equal(4, summary.StepsPlanned);
        Assert.Equal(3, summary.StepsTaken);
        Assert.Equal(4.0, summary.AverageUsefulness);
    }

    [Fact]
    public void Build_TwoRatings_NoAverage()
    {
        var summary = WeeklySummaryBuilder.Build([WeekOf(4, Held(2, 5), Held(2, null))]);

        Assert.Null(summary.AverageUsefulness);
    }

    [Fact]
    public void Build_TrendAgainstFourWeeks_MeerWhenClearlyHigher()
    {
        var weeks = Enumerable.Range(1, 4).Select(i => new TeamWeekFacts(Week.AddWeeks(-5 + i), [.. SummaryFacts.Reflections(3)], 4)).ToList();
        weeks.Add(WeekOf(5, SummaryFacts.Reflections(6), Held(3)));

        var summary = WeeklySummaryBuilder.Build(weeks);

        Assert.Equal(Trend.Meer, summary.ReflectionsTrend);
        Assert.Null(summary.MomentsHeldTrend); // no held moments before: nothing meaningful to compare with
    }

    [Theory]
    [InlineData(new[] { 3, 3, 3, 3 }, 3, Trend.Gelijk)]
    [InlineData(new[] { 10, 10, 10, 10 }, 5, Trend.Minder)]
    [InlineData(new[] { 2, 2, 2, 2 }, 6, null)]
    [InlineData(new[] { 10, 10, 10, 10 }, 2, null)]
    public void Compare_Counts_TrendOnlyWhenBothSidesReachTheMinimum(int[] previous, int thisWeek, Trend? expected)
    {
        Assert.Equal(expected, TrendRule.Compare(thisWeek, previous));
    }

    [Fact]
    public void Build_EveryOtherWeekWithoutMoments_TrendComparesOnlyWeeksWithMoments()
    {
        // A team meeting every two weeks: the off weeks plan nothing and are no baseline (else 5 held looks like "meer").
        var previous = new[] { 5, 0, 5, 0 }.Select(n => new TeamWeekFacts(SummaryFacts.Week, [.. SummaryFacts.Planned(n), .. SummaryFacts.Held(n)], 10));
        var current = SummaryFacts.WeekOf(10, SummaryFacts.Planned(5), SummaryFacts.Held(5));

        var summary = WeeklySummaryBuilder.Build([.. previous, current]);

        Assert.Equal(Trend.Gelijk, summary.MomentsHeldTrend);
    }

    [Fact]
    public void Build_WeekWithoutPlannedMoments_PlansNone()
    {
        var summary = WeeklySummaryBuilder.Build([SummaryFacts.WeekOf(4, SummaryFacts.Reflections(3))]);

        Assert.Equal(0, summary.MomentsPlanned);
    }
}
