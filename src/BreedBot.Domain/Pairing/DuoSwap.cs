namespace BreedBot.Domain.Pairing;

/// <summary>
/// "wissel": gives one member a new partner without re-pairing the team. The requester's partner
/// trades places with someone from another duo; of all trades that keep every "not with", the one
/// whose new pairs were together least recently wins (never together beats any rotation), ties
/// broken by member key so the answer is deterministic.
/// </summary>
public static class DuoSwap
{
    public static SwapResult Swap(
        IReadOnlyList<Duo> duos, string requester, IReadOnlyDictionary<string, PairingCandidate> candidates, PairingHistory history)
    {
        ArgumentNullException.ThrowIfNull(duos);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(history);
        var mine = IndexOf(duos, requester);
        if (mine < 0)
        {
            return SwapResult.None(duos);
        }

        var lastTogether = LastTogether(history);
        (int Score, string Key, int Other, string Partner, string Newcomer)? best = null;
        for (var other = 0; other < duos.Count; other++)
        {
            if (other == mine)
            {
                continue;
            }

            foreach (var partner in duos[mine].Members.Where(m => m != requester))
            {
                foreach (var newcomer in duos[other].Members)
                {
                    var newMine = Replace(duos[mine].Members, partner, newcomer);
                    var newOther = Replace(duos[other].Members, newcomer, partner);
                    if (!AllAllowed(newMine, candidates) || !AllAllowed(newOther, candidates))
                    {
                        continue;
                    }

                    var score = Recency(newMine, lastTogether) + Recency(newOther, lastTogether);
                    var key = partner + "|" + newcomer;
                    if (best is null || score < best.Value.Score || (score == best.Value.Score && string.CompareOrdinal(key, best.Value.Key) < 0))
                    {
                        best = (score, key, other, partner, newcomer);
                    }
                }
            }
        }

        if (best is not { } chosen)
        {
            return SwapResult.None(duos);
        }

        var result = duos.ToList();
        result[mine] = Rebuild(Replace(duos[mine].Members, chosen.Partner, chosen.Newcomer), candidates);
        result[chosen.Other] = Rebuild(Replace(duos[chosen.Other].Members, chosen.Newcomer, chosen.Partner), candidates);
        return new SwapResult(result, [.. result[mine].Members, .. result[chosen.Other].Members], true);
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

    private static List<string> Replace(IReadOnlyList<string> members, string from, string to) =>
        [.. members.Select(m => m == from ? to : m)];

    private static bool AllAllowed(List<string> group, IReadOnlyDictionary<string, PairingCandidate> candidates) =>
        group.All(a => group.All(b => a == b
            || (candidates.TryGetValue(a, out var ca) && candidates.TryGetValue(b, out var cb) && !ca.NotWith.Contains(b) && !cb.NotWith.Contains(a))));

    // The most recent rotation each pair shared; a pair never together has no entry.
    private static Dictionary<(string, string), int> LastTogether(PairingHistory history)
    {
        var last = new Dictionary<(string, string), int>();
        foreach (var past in history.Duos)
        {
            foreach (var a in past.Members)
            {
                foreach (var b in past.Members.Where(b => string.CompareOrdinal(a, b) < 0))
                {
                    last[(a, b)] = Math.Max(last.GetValueOrDefault((a, b)), past.Rotation);
                }
            }
        }

        return last;
    }

    private static int Recency(List<string> group, Dictionary<(string, string), int> lastTogether) =>
        group.Sum(a => group.Where(b => string.CompareOrdinal(a, b) < 0).Sum(b => lastTogether.GetValueOrDefault((a, b))));

    private static Duo Rebuild(List<string> members, IReadOnlyDictionary<string, PairingCandidate> candidates)
    {
        var (moment, agreed) = DuoMoment.Agree([.. members.Select(m => candidates[m].PreferredMoment)]);
        return new Duo(members, moment, agreed);
    }
}

/// <summary>The duos after a swap, the members whose duo changed, and whether a swap was possible at all.</summary>
public sealed record SwapResult(IReadOnlyList<Duo> Duos, IReadOnlyList<string> Changed, bool Swapped)
{
    public static SwapResult None(IReadOnlyList<Duo> duos) => new(duos, [], false);
}
