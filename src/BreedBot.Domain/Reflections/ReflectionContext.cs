namespace BreedBot.Domain.Reflections;

/// <summary>
/// What a change needs from outside: the instant, the user's local date (a next step may not lie
/// before it), the free-text rules, and the author's current duo partners (for sharing).
/// </summary>
public sealed record ReflectionContext(DateTimeOffset Now, DateOnly Today, FreeTextRules Rules, IReadOnlyList<string> Partners);
