using BreedBot.Domain.Pairing;
using BreedBot.Domain.Reflections;

namespace BreedBot.Web.Reflections;

/// <summary>
/// What one step card shows: the reflection at its current step, the values to put in the inputs
/// (what the user typed when a submit was refused, else the stored answers), the problems, a
/// notice (e.g. "that step was already done"), the user's date for the date picker, and their
/// beroepscluster for the meldcode notes.
/// </summary>
internal sealed record ReflectionStepCardModel(
    Reflection Reflection,
    DateOnly Today,
    IReadOnlyDictionary<string, string?>? Typed = null,
    IReadOnlyList<ReflectionProblem>? Problems = null,
    string? Notice = null,
    IReadOnlyList<string>? PartnerNames = null,
    Beroepscluster? Cluster = null);
