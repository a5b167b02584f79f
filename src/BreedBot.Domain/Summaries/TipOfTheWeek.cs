using BreedBot.Domain.Pairing;
using BreedBot.Domain.TeamWeeks;

namespace BreedBot.Domain.Summaries;

/// <summary>
/// Which tip a team gets in a week. Each team walks its own fixed shuffle of the tips, one step per
/// week, so no tip returns before all others came by (more than 10 weeks with 20 or more tips) and
/// the choice needs no stored state: the same team and week always give the same tip.
/// </summary>
public static class TipOfTheWeek
{
    private static readonly DateOnly Epoch = new(2024, 1, 1); // a Monday

    public static KnowledgeTip Choose(string teamKey, IsoWeek week, IReadOnlyList<KnowledgeTip>? tips = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(teamKey);
        tips ??= KnowledgeTips.All;
        var order = Enumerable.Range(0, tips.Count).ToArray();
        new SplitMix64(StableHash(teamKey)).Shuffle(order);
        var weekNumber = (week.Monday.DayNumber - Epoch.DayNumber) / 7;
        var index = ((weekNumber % order.Length) + order.Length) % order.Length;
        return tips[order[index]];
    }

    // string.GetHashCode differs per process; the team's order must not.
    private static long StableHash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 1099511628211UL);
        }

        return unchecked((long)hash);
    }
}
