namespace BreedBot.Domain.Pairing;

/// <summary>Who is offered to the pairer.</summary>
public static class PairingPool
{
    /// <summary>
    /// The opted-in members that are not paused on <paramref name="today"/>. A member paused
    /// until a date is back in the pool on that date ("pauze tot 1 maart": paired again from
    /// 1 March on).
    /// </summary>
    public static IReadOnlyList<PairingCandidate> Select(IEnumerable<PoolMember> members, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(members);
        return
        [
            .. members
                .Where(m => m.OptedIn && (m.PausedUntil is null || m.PausedUntil <= today))
                .Select(m => m.Candidate),
        ];
    }

    /// <summary>
    /// The candidates sorted by member key, so the caller's order (e.g. storage order) does not
    /// change the result. Two candidates with one key are a caller error.
    /// </summary>
    internal static List<PairingCandidate> Ordered(IReadOnlyList<PairingCandidate> candidates)
    {
        var ordered = candidates.OrderBy(c => c.MemberKey, StringComparer.Ordinal).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            if (string.Equals(ordered[i].MemberKey, ordered[i - 1].MemberKey, StringComparison.Ordinal))
            {
                throw new ArgumentException("Each member is offered once.", nameof(candidates));
            }
        }

        return ordered;
    }
}
