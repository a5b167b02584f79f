namespace BreedBot.Domain.Reflections;

/// <summary>What the discomfort does to my acting.</summary>
public enum ActingEffect
{
    Postpone,
    Avoid,
    Soften,
    ActAnyway,
    Other,
}
