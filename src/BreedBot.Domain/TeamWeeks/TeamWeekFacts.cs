namespace BreedBot.Domain.TeamWeeks;

/// <summary>Everything recorded for one team in one week: the facts, and how many distinct people took part.</summary>
public sealed record TeamWeekFacts(IsoWeek Week, IReadOnlyList<TeamWeekFact> Facts, int Participants)
{
    public static TeamWeekFacts Empty(IsoWeek week) => new(week, [], 0);
}
