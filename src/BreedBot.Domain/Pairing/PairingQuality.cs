namespace BreedBot.Domain.Pairing;

/// <summary>Measures a rotation's duos, to compare pairers on the same inputs.</summary>
public static class PairingQuality
{
    /// <summary>
    /// A duo is a repeat when any two of its members were together in one of the
    /// <paramref name="recentRotations"/> latest rotations of <paramref name="history"/>; it is
    /// mixed when not all its members have the same role; its moment counts when it is agreed.
    /// </summary>
    public static PairingQualityFigures Measure(
        IReadOnlyList<Duo> duos, IReadOnlyList<PairingCandidate> candidates, PairingHistory history, int recentRotations)
    {
        ArgumentNullException.ThrowIfNull(duos);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(history);
        if (duos.Count == 0)
        {
            return new PairingQualityFigures(0, 0, 0, 0);
        }

        var roles = candidates.ToDictionary(c => c.MemberKey, c => c.Role, StringComparer.Ordinal);
        var recentPairs = RecentPairs(history, recentRotations);
        var repeats = duos.Count(d => Pairs(d.Members).Any(recentPairs.Contains));
        var mixed = duos.Count(d => d.Members.Select(m => roles[m]).Distinct().Skip(1).Any());
        var agreed = duos.Count(d => d.MomentAgreed);
        double count = duos.Count;
        return new PairingQualityFigures(duos.Count, repeats / count, mixed / count, agreed / count);
    }

    private static HashSet<(string, string)> RecentPairs(PairingHistory history, int recentRotations)
    {
        if (history.Duos.Count == 0)
        {
            return [];
        }

        var oldestRecent = history.Duos.Max(d => d.Rotation) - recentRotations + 1;
        return [.. history.Duos.Where(d => d.Rotation >= oldestRecent).SelectMany(d => Pairs(d.Members))];
    }

    private static IEnumerable<(string, string)> Pairs(IReadOnlyList<string> members)
    {
        for (var p = 0; p < members.Count; p++)
        {
            for (var q = p + 1; q < members.Count; q++)
            {
                yield return string.CompareOrdinal(members[p], members[q]) < 0
                    ? (members[p], members[q])
                    : (members[q], members[p]);
            }
        }
    }
}
