using BreedBot.Domain.Courage;
using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.Meldcode;
using BreedBot.Domain.TeamWeeks;

namespace BreedBot.Domain.Summaries;

/// <summary>
/// What a team's weekly summary may show. Every number in it has passed
/// <see cref="SummaryPrivacy"/>: null or empty means "not shown". When <see cref="Detailed"/> is
/// false (fewer than three participants) nothing is counted, not even the duo moments: "1 van 2
/// gehouden" would tell a team of two who missed theirs.
/// </summary>
public sealed record WeeklySummary
{
    public required IsoWeek Week { get; init; }

    public int? MomentsHeld { get; init; }

    public int? MomentsPlanned { get; init; }

    /// <summary>At least three people took part this week, so more than the duo moments may be shown.</summary>
    public bool Detailed { get; init; }

    public int? Participants { get; init; }

    public Trend? MomentsHeldTrend { get; init; }

    /// <summary>Average usefulness (1–5) of the held moments, from at least three ratings.</summary>
    public double? AverageUsefulness { get; init; }

    public CategorySpread<DuoActivity> Activities { get; init; } = CategorySpread.Empty<DuoActivity>();

    public int? Reflections { get; init; }

    public Trend? ReflectionsTrend { get; init; }

    public int? StepsPlanned { get; init; }

    /// <summary>Courageous steps taken this week, fully or partly (ja + deels).</summary>
    public int? StepsTaken { get; init; }

    public CategorySpread<DiscomfortSource> Discomfort { get; init; } = CategorySpread.Empty<DiscomfortSource>();

    public CategorySpread<MeldcodeStep> MeldcodeSteps { get; init; } = CategorySpread.Empty<MeldcodeStep>();

    /// <summary>The most-named helping factors (at most three, each named at least three times).</summary>
    public CategorySpread<HelpingFactor> Helping { get; init; } = CategorySpread.Empty<HelpingFactor>();

    public CategorySpread<HinderingFactor> Hindering { get; init; } = CategorySpread.Empty<HinderingFactor>();

    /// <summary>The labels of the team's quiet weeks that touch this week ("kerstvakantie"): the summary says "rustige week".</summary>
    public IReadOnlyList<string> QuietLabels { get; init; } = [];
}
