namespace BreedBot.Domain.Reflections;

/// <summary>
/// How free text is judged: the length limits and the check that refuses text identifying a
/// person (the privacy guard). Passed in, so the flow can be tested against any guard.
/// </summary>
public sealed record FreeTextRules(int LabelLimit, int TextLimit, Func<string, bool> Identifies);
