namespace BreedBot.Testing;

/// <summary>
/// How many storage round trips a turn waited for one after another: the longest chain of requests in which each
/// starts only after the one before it has ended. Requests sent side by side overlap in time and count once; a
/// request sent because another answered starts after it and counts again. Shared by the host tests (timestamps
/// from the SDK pipeline) and the inbound benchmark (timestamps from its storage proxy).
/// </summary>
public static class RoundTrips
{
    /// <summary>The sequential depth of the given request intervals (any consistent clock, start ≤ end).</summary>
    public static int Sequential(IEnumerable<(long Start, long End)> requests)
    {
        ArgumentNullException.ThrowIfNull(requests);
        // Earliest end first: the classic greedy choice gives the largest set of pairwise disjoint intervals,
        // and disjoint intervals form a chain.
        var depth = 0;
        var free = long.MinValue;
        foreach (var (start, end) in requests.OrderBy(r => r.End))
        {
            if (start >= free)
            {
                depth++;
                free = end;
            }
        }

        return depth;
    }
}
