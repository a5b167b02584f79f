namespace BreedBot.Domain.Summaries;

/// <summary>
/// When a trend is meaningful: this week's number is shown (at least the minimum) and the previous
/// weeks averaged at least the minimum too, so neither side rests on one or two people. A change
/// of less than a fifth is "gelijk".
/// </summary>
public static class TrendRule
{
    public const double Margin = 0.2;

    public static Trend? Compare(int thisWeek, IReadOnlyCollection<int> previousWeeks)
    {
        ArgumentNullException.ThrowIfNull(previousWeeks);
        if (thisWeek < SummaryPrivacy.MinimumCount || previousWeeks.Count == 0)
        {
            return null;
        }

        var average = previousWeeks.Average();
        if (average < SummaryPrivacy.MinimumCount)
        {
            return null;
        }

        return thisWeek >= average * (1 + Margin) ? Trend.Meer
            : thisWeek <= average * (1 - Margin) ? Trend.Minder
            : Trend.Gelijk;
    }
}
