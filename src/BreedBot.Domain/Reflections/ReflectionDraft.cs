using System.Globalization;
using BreedBot.Domain.Courage;
using BreedBot.Domain.Meldcode;

namespace BreedBot.Domain.Reflections;

/// <summary>
/// What was on the current step's card when the author chose "later verder": the inputs as the card sends them, kept
/// until that step is submitted, and shown again on resume. Free text passed the privacy guard and the length limit;
/// a choice that is not one of the card's is not kept.
/// </summary>
public sealed record ReflectionDraft(ReflectionStep Step, IReadOnlyDictionary<string, string> Values)
{
    private enum Kind { Text, Label, Choice, Choices, Strength, Date }

    private static readonly Dictionary<ReflectionStep, (string Field, Kind Kind, Type? Choices)[]> Fields = new()
    {
        [ReflectionStep.Casus] = [("label", Kind.Label, null), ("form", Kind.Choice, typeof(ViolenceForm)), ("children", Kind.Choice, typeof(TriState))],
        [ReflectionStep.Discomfort] = [("sources", Kind.Choices, typeof(DiscomfortSource)), ("strength", Kind.Strength, null), ("trigger", Kind.Text, null)],
        [ReflectionStep.Effect] = [("effects", Kind.Choices, typeof(ActingEffect)), ("effectText", Kind.Text, null)],
        [ReflectionStep.Goal] = [("goals", Kind.Choices, typeof(HigherGoal)), ("goalText", Kind.Text, null)],
        [ReflectionStep.Factors] = [("helps", Kind.Choices, typeof(HelpingFactor)), ("hinders", Kind.Choices, typeof(HinderingFactor))],
        [ReflectionStep.Meldcode] = [("stage", Kind.Choice, typeof(MeldcodeStep)), ("acute", Kind.Choice, typeof(TriState)), ("structural", Kind.Choice, typeof(TriState))],
        [ReflectionStep.NextStep] = [("stepWhat", Kind.Text, null), ("stepWith", Kind.Choice, typeof(StepPartner)), ("stepBy", Kind.Date, null)],
        [ReflectionStep.Share] = [("share", Kind.Choice, typeof(ShareChoice))],
    };

    /// <summary>Whether a submit carries any input of the step at all.</summary>
    public static bool HasInputs(ReflectionStep step, IReadOnlyDictionary<string, string?> values) =>
        Fields.GetValueOrDefault(step, []).Any(f => values.ContainsKey(f.Field));

    /// <summary>
    /// The step's inputs worth keeping. Free text the guard refuses, or that is too long, is left out and named in
    /// <paramref name="input"/>'s problems; everything else on the card is kept.
    /// </summary>
    public static ReflectionDraft Read(ReflectionStep step, StepInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var kept = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (field, kind, choices) in Fields.GetValueOrDefault(step, []))
        {
            var value = kind switch
            {
                Kind.Text or Kind.Label => input.Text(field, required: false, isLabel: kind == Kind.Label),
                _ => input.Raw(field) is { } raw && IsValid(raw, kind, choices) ? raw : null,
            };
            if (value is not null)
            {
                kept[field] = value;
            }
        }

        return new ReflectionDraft(step, kept);
    }

    private static bool IsValid(string raw, Kind kind, Type? choices) => kind switch
    {
        Kind.Choice => Enum.GetNames(choices!).Contains(raw, StringComparer.Ordinal),
        Kind.Choices => raw.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } parts
            && parts.All(p => Enum.GetNames(choices!).Contains(p, StringComparer.Ordinal)),
        Kind.Strength => int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 5,
        _ => DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
    };
}
