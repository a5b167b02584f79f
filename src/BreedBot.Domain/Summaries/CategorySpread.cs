namespace BreedBot.Domain.Summaries;

/// <summary>
/// The categories of one kind that may be shown: each with a count of at least
/// <see cref="SummaryPrivacy.MinimumCount"/>, most-named first; the smaller ones folded into
/// <see cref="Other"/> ("overig"), which itself is shown only when it reaches the minimum.
/// </summary>
public sealed record CategorySpread<T>(IReadOnlyList<CategoryCount<T>> Shown, int? Other)
    where T : struct, Enum
{
    public bool IsEmpty => Shown.Count == 0 && Other is null;
}

/// <summary>Builds <see cref="CategorySpread{T}"/>s with the minimum group size applied.</summary>
public static class CategorySpread
{
    public static CategorySpread<T> Empty<T>()
        where T : struct, Enum => new([], null);

    /// <summary>Counts <paramref name="named"/>; <paramref name="top"/> keeps only the most-named (the rest left out, not folded).</summary>
    public static CategorySpread<T> From<T>(IEnumerable<T> named, int? top = null)
        where T : struct, Enum
    {
        var counts = named.GroupBy(c => c)
            .Select(g => new CategoryCount<T>(g.Key, g.Count()))
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.Category)
            .ToList();
        var shown = counts.Where(c => c.Count >= SummaryPrivacy.MinimumCount).ToList();
        if (top is { } limit)
        {
            return new CategorySpread<T>([.. shown.Take(limit)], null);
        }

        var other = counts.Where(c => c.Count < SummaryPrivacy.MinimumCount).Sum(c => c.Count);
        return new CategorySpread<T>(shown, SummaryPrivacy.Shown(other));
    }
}
