namespace BreedBot.Domain.Reflections;

/// <summary>What is wrong with one field of a submitted step; the card names it and keeps the answers.</summary>
public sealed record ReflectionProblem(string Field, ReflectionProblemKind Kind);

public enum ReflectionProblemKind
{
    Required,
    UnknownChoice,
    TooLong,
    Identifying,
    DateInPast,
    OutOfRange,
    OtherNeedsText,
}
