namespace BreedBot.Domain.Pairing;

/// <summary>
/// Local improvement: exchanges one member of a group with one member of another group whenever
/// that lowers the total cost and breaks no "not with" (for two duos this is the classic 2-opt
/// move). Passes over all group pairs until a pass changes nothing or the pass bound is reached;
/// after the first pass only pairs with a group that changed are looked at again (a pair of
/// unchanged groups had no improving swap before and still has none).
/// </summary>
internal static class SwapImprover
{
    public static void Improve(PairCosts costs, List<int[]> groups, int maxPasses)
    {
        var changedBefore = Enumerable.Repeat(true, groups.Count).ToArray();
        for (var pass = 0; pass < maxPasses; pass++)
        {
            var changed = new bool[groups.Count];
            var improved = false;
            for (var g = 0; g < groups.Count; g++)
            {
                for (var h = g + 1; h < groups.Count; h++)
                {
                    if ((changedBefore[g] || changedBefore[h] || changed[g] || changed[h]) && TryBestSwap(costs, groups[g], groups[h]))
                    {
                        (changed[g], changed[h], improved) = (true, true, true);
                    }
                }
            }

            if (!improved)
            {
                return;
            }

            changedBefore = changed;
        }
    }

    private static bool TryBestSwap(PairCosts costs, int[] first, int[] second)
    {
        if (first.Length == 2 && second.Length == 2)
        {
            return TryDuoSwap(costs, first, second);
        }

        var bestDelta = 0;
        var (bestP, bestQ) = (-1, -1);
        for (var p = 0; p < first.Length; p++)
        {
            for (var q = 0; q < second.Length; q++)
            {
                var (a, b) = (first[p], second[q]);
                if (!FitsWithout(costs, b, first, p, out var bInFirst) || !FitsWithout(costs, a, second, q, out var aInSecond))
                {
                    continue;
                }

                FitsWithout(costs, a, first, p, out var aInFirst);
                FitsWithout(costs, b, second, q, out var bInSecond);
                var delta = bInFirst + aInSecond - aInFirst - bInSecond;
                if (delta < bestDelta)
                {
                    (bestDelta, bestP, bestQ) = (delta, p, q);
                }
            }
        }

        if (bestP < 0)
        {
            return false;
        }

        (first[bestP], second[bestQ]) = (second[bestQ], first[bestP]);
        return true;
    }

    /// <summary>The common case, spelled out: (a,b)(c,d) becomes (a,d)(c,b) or (a,c)(b,d).</summary>
    private static bool TryDuoSwap(PairCosts costs, int[] first, int[] second)
    {
        var (a, b, c, d) = (first[0], first[1], second[0], second[1]);
        var current = costs.Cost(a, b) + costs.Cost(c, d);
        var crossed = costs.Allowed(a, d) && costs.Allowed(c, b) ? costs.Cost(a, d) + costs.Cost(c, b) : int.MaxValue;
        var parallel = costs.Allowed(a, c) && costs.Allowed(b, d) ? costs.Cost(a, c) + costs.Cost(b, d) : int.MaxValue;
        if (crossed < current && crossed <= parallel)
        {
            (first[1], second[1]) = (d, b);
            return true;
        }

        if (parallel < current)
        {
            (first[1], second[0]) = (c, b);
            return true;
        }

        return false;
    }

    /// <summary>Whether <paramref name="member"/> may sit with the group minus position <paramref name="skip"/>, and at what cost.</summary>
    private static bool FitsWithout(PairCosts costs, int member, int[] group, int skip, out int cost)
    {
        cost = 0;
        var fits = true;
        for (var k = 0; k < group.Length; k++)
        {
            if (k == skip)
            {
                continue;
            }

            fits &= costs.Allowed(member, group[k]);
            cost += costs.Cost(member, group[k]);
        }

        return fits;
    }
}
