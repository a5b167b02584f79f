namespace BreedBot.Domain.Summaries;

/// <summary>This week against the average of the four weeks before it.</summary>
public enum Trend
{
    Minder,
    Gelijk,
    Meer,
}
