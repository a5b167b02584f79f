namespace BreedBot.Domain.Pairing;

/// <summary>
/// Mends the current rotation when someone leaves it (removed from the team, or stopped), so the
/// partner left behind gets a new partner at once where "not with" allows:
/// a trio simply becomes a duo; a lone partner takes a member of the trio (if there is one),
/// or else joins a duo as the one trio; only when none of that is allowed do they wait alone.
/// Pure: the caller stores the new duos and tells the people in <see cref="RepairResult.Changed"/>.
/// </summary>
public static class RotationRepair
{
    public static RepairResult WithoutMember(
        IReadOnlyList<Duo> duos, string leaving, IReadOnlyDictionary<string, PairingCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(duos);
        ArgumentNullException.ThrowIfNull(candidates);
        var index = IndexOf(duos, leaving);
        if (index < 0)
        {
            return new RepairResult(duos, [], null);
        }

        var groups = duos.Select(d => d.Members.ToList()).ToList();
        var left = groups[index];
        left.Remove(leaving);
        if (left.Count >= 2)
        {
            return Result(duos, groups, candidates, changed: [.. left], orphan: null);
        }

        var partner = left.Count == 1 ? left[0] : null;
        groups.RemoveAt(index);
        if (partner is null)
        {
            return Result(duos, groups, candidates, changed: [], orphan: null);
        }

        var trio = groups.FindIndex(g => g.Count == 3);
        if (trio >= 0 && groups[trio].FirstOrDefault(m => Allowed(candidates, partner, m)) is { } mover)
        {
            var rest = groups[trio].Where(m => m != mover).ToList();
            groups[trio] = rest;
            groups.Add([partner, mover]);
            return Result(duos, groups, candidates, changed: [partner, mover, .. rest], orphan: null);
        }

        if (trio < 0 && groups.FindIndex(g => g.All(m => Allowed(candidates, partner, m))) is var host and >= 0)
        {
            groups[host].Add(partner);
            return Result(duos, groups, candidates, changed: [.. groups[host]], orphan: null);
        }

        return Result(duos, groups, candidates, changed: [partner], orphan: partner);
    }

    private static int IndexOf(IReadOnlyList<Duo> duos, string member)
    {
        for (var i = 0; i < duos.Count; i++)
        {
            if (duos[i].Members.Contains(member))
            {
                return i;
            }
        }

        return -1;
    }

    // "Not with" works both ways; someone without a profile any more cannot be checked, so is not chosen.
    private static bool Allowed(IReadOnlyDictionary<string, PairingCandidate> candidates, string a, string b) =>
        candidates.TryGetValue(a, out var first) && candidates.TryGetValue(b, out var second)
        && !first.NotWith.Contains(b) && !second.NotWith.Contains(a);

    private static RepairResult Result(
        IReadOnlyList<Duo> before, List<List<string>> groups, IReadOnlyDictionary<string, PairingCandidate> candidates, IReadOnlyList<string> changed, string? orphan)
    {
        // Duos the repair did not touch keep their moment exactly, even if a preference changed since.
        var untouched = before.ToDictionary(d => string.Join(',', d.Members), StringComparer.Ordinal);
        var duos = groups.Select(g =>
        {
            if (untouched.TryGetValue(string.Join(',', g), out var same))
            {
                return same;
            }

            var preferences = g.Select(m => candidates.TryGetValue(m, out var c) ? c.PreferredMoment : (WeeklyMoment?)null).OfType<WeeklyMoment>().ToList();
            var (moment, agreed) = preferences.Count > 0 ? DuoMoment.Agree(preferences) : (default, false);
            return new Duo(g, moment, agreed && preferences.Count == g.Count);
        }).ToList();
        return new RepairResult(duos, changed, orphan);
    }
}

/// <summary>The mended duos; who got a new partner or lost one (to be told); and who now waits alone, if anyone.</summary>
public sealed record RepairResult(IReadOnlyList<Duo> Duos, IReadOnlyList<string> Changed, string? Orphan);
