namespace BreedBot.Domain.Pairing;

/// <summary>
/// Places members the greedy pass left over without breaking a "not with": two leftovers split
/// an existing duo between them; a single leftover joins a duo as the trio, directly or by
/// taking a partner's place while that partner joins another duo.
/// </summary>
internal static class LeftoverRepair
{
    public static void Repair(PairCosts costs, List<int[]> groups, List<int> leftovers)
    {
        while (leftovers.Count >= 2 && TrySplitDuo(costs, groups, leftovers))
        {
        }

        if (!groups.Any(g => g.Length == 3))
        {
            for (var i = 0; i < leftovers.Count; i++)
            {
                if (TryJoinAsTrio(costs, groups, leftovers[i]) || TryJoinByExchange(costs, groups, leftovers[i]))
                {
                    leftovers.RemoveAt(i);
                    break;
                }
            }
        }
    }

    private static bool TrySplitDuo(PairCosts costs, List<int[]> groups, List<int> leftovers)
    {
        for (var x = 0; x < leftovers.Count; x++)
        {
            for (var y = x + 1; y < leftovers.Count; y++)
            {
                var (u, v) = (leftovers[x], leftovers[y]);
                for (var g = 0; g < groups.Count; g++)
                {
                    if (groups[g].Length != 2)
                    {
                        continue;
                    }

                    var (a, b) = (groups[g][0], groups[g][1]);
                    if (costs.Allowed(u, b) && costs.Allowed(v, a))
                    {
                        (a, b) = (b, a);
                    }
                    else if (!(costs.Allowed(u, a) && costs.Allowed(v, b)))
                    {
                        continue;
                    }

                    groups[g] = [u, a];
                    groups.Add([v, b]);
                    leftovers.RemoveAt(y);
                    leftovers.RemoveAt(x);
                    return true;
                }
            }
        }

        return false;
    }

    private static bool TryJoinAsTrio(PairCosts costs, List<int[]> groups, int member)
    {
        var best = -1;
        var bestCost = int.MaxValue;
        for (var g = 0; g < groups.Count; g++)
        {
            var (a, b) = (groups[g][0], groups[g][1]);
            if (groups[g].Length == 2 && costs.Allowed(member, a) && costs.Allowed(member, b))
            {
                var added = costs.Cost(member, a) + costs.Cost(member, b);
                if (added < bestCost)
                {
                    (best, bestCost) = (g, added);
                }
            }
        }

        if (best < 0)
        {
            return false;
        }

        groups[best] = [.. groups[best], member];
        return true;
    }

    private static bool TryJoinByExchange(PairCosts costs, List<int[]> groups, int member)
    {
        for (var g = 0; g < groups.Count; g++)
        {
            for (var keep = 0; keep < 2; keep++)
            {
                var (stays, moves) = (groups[g][keep], groups[g][1 - keep]);
                if (!costs.Allowed(member, stays))
                {
                    continue;
                }

                for (var h = 0; h < groups.Count; h++)
                {
                    if (h != g && costs.Allowed(moves, groups[h][0]) && costs.Allowed(moves, groups[h][1]))
                    {
                        groups[g] = [stays, member];
                        groups[h] = [.. groups[h], moves];
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
