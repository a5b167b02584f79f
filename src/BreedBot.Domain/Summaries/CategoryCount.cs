namespace BreedBot.Domain.Summaries;

/// <summary>How often one category (a discomfort source, a meldcode step, a factor…) was named in a week.</summary>
public sealed record CategoryCount<T>(T Category, int Count)
    where T : struct, Enum;
