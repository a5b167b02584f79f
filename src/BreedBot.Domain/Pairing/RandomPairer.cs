namespace BreedBot.Domain.Pairing;

/// <summary>
/// The baseline the pairer is measured against: a seeded shuffle paired off in order, the last
/// member joining the last duo when the count is odd. A duo that breaks a "not with" gets one
/// attempt to swap a member with another group; what that does not fix stays (a baseline, not a
/// pairing to send out). Ignores history, roles, experience and moments.
/// </summary>
public static class RandomPairer
{
    public static PairingResult Pair(IReadOnlyList<PairingCandidate> candidates, int seed)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var pool = PairingPool.Ordered(candidates);
        if (pool.Count < 2)
        {
            return DuoPairer.Pair(pool, PairingHistory.Empty, seed);
        }

        var costs = PairCosts.Build(pool, PairingHistory.Empty, PairingWeights.Default);
        var order = Enumerable.Range(0, pool.Count).ToArray();
        new SplitMix64(seed).Shuffle(order);
        var groups = new List<int[]>(pool.Count / 2);
        for (var i = 0; i + 1 < order.Length; i += 2)
        {
            groups.Add([order[i], order[i + 1]]);
        }

        if (order.Length % 2 == 1)
        {
            groups[^1] = [.. groups[^1], order[^1]];
        }

        foreach (var group in groups)
        {
            FixNotWith(costs, groups, group);
        }

        return new PairingResult([.. groups.Select(g => DuoPairer.ToDuo(pool, g))], [], PairingOutcome.Paired, []);
    }

    private static void FixNotWith(PairCosts costs, List<int[]> groups, int[] group)
    {
        for (var p = 1; p < group.Length; p++)
        {
            if (Fits(costs, group[p], group, p))
            {
                continue;
            }

            foreach (var other in groups)
            {
                var q = Array.FindIndex(other, m => other != group && Fits(costs, m, group, p) && Fits(costs, group[p], other, Array.IndexOf(other, m)));
                if (q >= 0)
                {
                    (group[p], other[q]) = (other[q], group[p]);
                    break;
                }
            }
        }
    }

    private static bool Fits(PairCosts costs, int member, int[] group, int skip)
    {
        for (var k = 0; k < group.Length; k++)
        {
            if (k != skip && !costs.Allowed(member, group[k]))
            {
                return false;
            }
        }

        return true;
    }
}
