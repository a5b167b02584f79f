namespace BreedBot.Domain.Reflections;

/// <summary>The eight steps of a reflection, in order; <see cref="Done"/> after the last.</summary>
public enum ReflectionStep
{
    Casus = 1,
    Discomfort = 2,
    Effect = 3,
    Goal = 4,
    Factors = 5,
    Meldcode = 6,
    NextStep = 7,
    Share = 8,
    Done = 9,
}
