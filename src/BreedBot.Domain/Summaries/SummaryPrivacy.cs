namespace BreedBot.Domain.Summaries;

/// <summary>
/// The summary's minimum group size: no number below it is shown for any category, and a week with
/// fewer participants shows only its duo moments held and planned.
/// </summary>
public static class SummaryPrivacy
{
    public const int MinimumCount = 3;

    /// <summary>The count when it may be shown, else null.</summary>
    public static int? Shown(int count) => count >= MinimumCount ? count : null;
}
