using BreedBot.Domain.Courage;
using BreedBot.Domain.TeamWeeks;

namespace BreedBot.Domain.Summaries;

/// <summary>Turns a week's facts, and the four weeks before it for the trend, into what the summary may show.</summary>
public static class WeeklySummaryBuilder
{
    public const int TrendWeeks = 4;
    public const int TopFactors = 3;

    /// <summary><paramref name="weeks"/>: the summarised week last, the weeks before it for the trend (oldest first).</summary>
    public static WeeklySummary Build(IReadOnlyList<TeamWeekFacts> weeks)
    {
        ArgumentNullException.ThrowIfNull(weeks);
        ArgumentOutOfRangeException.ThrowIfZero(weeks.Count);
        var current = weeks[^1];
        var previous = weeks.Take(weeks.Count - 1).TakeLast(TrendWeeks).ToList();
        var facts = current.Facts;
        var held = facts.OfType<DuoMomentHeld>().ToList();
        if (current.Participants < SummaryPrivacy.MinimumCount)
        {
            return new WeeklySummary { Week = current.Week };
        }

        var reflections = facts.OfType<ReflectionCompleted>().ToList();
        var ratings = held.Where(h => h.Usefulness is not null).Select(h => h.Usefulness!.Value).ToList();
        var taken = facts.OfType<CourageousStepOutcome>().Count(o => o.Outcome is StepOutcome.Ja or StepOutcome.Deels);
        return new WeeklySummary
        {
            Week = current.Week,
            Detailed = true,
            MomentsHeld = held.Count,
            MomentsPlanned = Math.Max(facts.OfType<DuoMomentPlanned>().Count(), held.Count),
            Participants = current.Participants,
            // Weeks without any moment (the off week of every two weeks, a quiet week, a paused team) are no baseline.
            MomentsHeldTrend = TrendRule.Compare(held.Count, [.. previous.Where(HadMoments).Select(w => w.Facts.OfType<DuoMomentHeld>().Count())]),
            AverageUsefulness = ratings.Count >= SummaryPrivacy.MinimumCount ? Math.Round(ratings.Average(), 1) : null,
            Activities = CategorySpread.From(held.SelectMany(h => h.Activities.Distinct())),
            Reflections = SummaryPrivacy.Shown(reflections.Count),
            ReflectionsTrend = TrendRule.Compare(reflections.Count, [.. previous.Select(w => w.Facts.OfType<ReflectionCompleted>().Count())]),
            StepsPlanned = SummaryPrivacy.Shown(facts.OfType<CourageousStepPlanned>().Count()),
            StepsTaken = SummaryPrivacy.Shown(taken),
            Discomfort = CategorySpread.From(reflections.SelectMany(r => r.Sources.Distinct())),
            MeldcodeSteps = CategorySpread.From(reflections.Where(r => r.Step is not null).Select(r => r.Step!.Value)),
            Helping = CategorySpread.From(reflections.SelectMany(r => r.Helping.Distinct()), TopFactors),
            Hindering = CategorySpread.From(reflections.SelectMany(r => r.Hindering.Distinct()), TopFactors),
        };
    }

    private static bool HadMoments(TeamWeekFacts week) => week.Facts.Any(f => f is DuoMomentPlanned or DuoMomentHeld);
}
