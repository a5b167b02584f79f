using System.Globalization;
using BreedBot.Domain.Reflections;

namespace BreedBot.Web.Reflections;

/// <summary>
/// A step's stored answers as the card inputs carry them (enum names, comma-separated lists,
/// yyyy-MM-dd), so going back or resuming shows what was answered before, or what was on the card at "later verder".
/// </summary>
internal static class ReflectionAnswerValues
{
    /// <summary>What the current step's card shows: what was on it at "later verder" when that was kept, else the stored answers.</summary>
    public static IReadOnlyDictionary<string, string?> Shown(Reflection r) =>
        r.Draft is { } draft && draft.Step == r.Step
            ? draft.Values.ToDictionary(v => v.Key, v => (string?)v.Value, StringComparer.Ordinal)
            : Of(r, r.Step);

    public static IReadOnlyDictionary<string, string?> Of(Reflection r, ReflectionStep step) => step switch
    {
        // A deepened short reflection's kindcheck was never asked: it shows empty, not as "weet ik niet".
        ReflectionStep.Casus => new Dictionary<string, string?>
        {
            ["label"] = r.Casus?.Label,
            ["form"] = r.Casus?.Form?.ToString(),
            ["children"] = ReflectionShortcuts.AskedInFull(r) ? r.Casus?.Children.ToString() : null,
        },
        ReflectionStep.Discomfort => new Dictionary<string, string?>
        {
            ["sources"] = List(r.Discomfort?.Sources),
            ["strength"] = r.Discomfort?.Strength.ToString(CultureInfo.InvariantCulture),
            ["trigger"] = r.Discomfort?.Trigger,
        },
        ReflectionStep.Effect => new Dictionary<string, string?> { ["effects"] = List(r.Effect?.Effects), ["effectText"] = r.Effect?.Text },
        ReflectionStep.Goal => new Dictionary<string, string?> { ["goals"] = List(r.Goal?.Goals), ["goalText"] = r.Goal?.Text },
        ReflectionStep.Factors => new Dictionary<string, string?> { ["helps"] = List(r.Factors?.Helps), ["hinders"] = List(r.Factors?.Hinders) },
        ReflectionStep.Meldcode => new Dictionary<string, string?>
        {
            ["stage"] = r.Meldcode?.Stage.ToString(),
            ["acute"] = r.Meldcode?.AcuteUnsafety.ToString(),
            ["structural"] = r.Meldcode?.StructuralUnsafety.ToString(),
        },
        ReflectionStep.NextStep => new Dictionary<string, string?>
        {
            ["stepWhat"] = r.NextStep?.What,
            ["stepWith"] = r.NextStep?.With.ToString(),
            ["stepBy"] = r.NextStep?.By.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        },
        ReflectionStep.Share => new Dictionary<string, string?> { ["share"] = r.Shared is null ? null : (r.Shared.Value ? ShareChoice.Share : ShareChoice.Private).ToString() },
        _ => new Dictionary<string, string?>(),
    };

    private static string? List<T>(IReadOnlyList<T>? values)
        where T : struct, Enum =>
        values is null ? null : string.Join(',', values);
}
