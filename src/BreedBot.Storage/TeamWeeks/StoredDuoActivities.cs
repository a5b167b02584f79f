using BreedBot.Domain.DuoWeeks;

namespace BreedBot.Storage.TeamWeeks;

/// <summary>
/// Reads the activities of a held-moment fact. Facts recorded while the summary had its own enum carry its
/// Dutch names; they are the same four answers, and those rows stay readable as long as the week is kept.
/// </summary>
internal static class StoredDuoActivities
{
    private static readonly Dictionary<string, DuoActivity> EarlierNames = new(StringComparer.Ordinal)
    {
        ["CasusBesproken"] = DuoActivity.CaseDiscussed,
        ["Teruggekeken"] = DuoActivity.LookedBack,
        ["KennisGedeeld"] = DuoActivity.SharedKnowledge,
        ["Anders"] = DuoActivity.Other,
    };

    public static DuoActivity[] Parse(string? text) =>
        [.. (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => Enum.TryParse<DuoActivity>(s, out var value) && Enum.IsDefined(value) ? value
                : EarlierNames.TryGetValue(s, out var earlier) ? earlier
                : (DuoActivity?)null)
            .OfType<DuoActivity>()];
}
