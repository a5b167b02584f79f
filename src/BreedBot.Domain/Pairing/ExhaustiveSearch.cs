namespace BreedBot.Domain.Pairing;

/// <summary>
/// Backtracking search for a complete arrangement (duos, plus one trio when the count is odd)
/// that breaks no "not with". Used for small teams when the greedy pass left someone over, so a
/// valid pairing is found whenever one exists and the search finishes within its node budget.
/// It branches on the member with the fewest free allowed partners, cheapest partner first, and
/// prunes when the free members fall apart into more odd-sized groups (of mutually reachable
/// members) than trios are left: each such group needs a trio of its own.
/// </summary>
internal sealed class ExhaustiveSearch
{
    private readonly PairCosts costs;
    private readonly int[] members;
    private readonly bool[] placed;
    private readonly List<int[]> groups = [];
    private int nodesLeft;

    private ExhaustiveSearch(PairCosts costs, int[] members, int nodeBudget)
    {
        this.costs = costs;
        this.members = members;
        placed = new bool[costs.Count];
        nodesLeft = nodeBudget;
    }

    /// <returns>The groups, or null when none exists or the budget ran out.</returns>
    public static List<int[]>? Find(PairCosts costs, int[] members, int nodeBudget) =>
        Find(costs, members, nodeBudget, out _);

    /// <param name="finished">False when the node budget ran out before the search was done.</param>
    public static List<int[]>? Find(PairCosts costs, int[] members, int nodeBudget, out bool finished)
    {
        var search = new ExhaustiveSearch(costs, members, nodeBudget);
        var found = search.Place(members.Length, trioNeeded: members.Length % 2 == 1);
        finished = search.nodesLeft >= 0;
        return found ? search.groups : null;
    }

    /// <summary>
    /// When no complete arrangement exists: one that leaves a single member out, trying each
    /// member in turn (the given order, i.e. seeded) with an equal share of the node budget.
    /// </summary>
    public static (List<int[]> Groups, int LeftOut)? FindLeavingOneOut(PairCosts costs, int[] members, int nodeBudget)
    {
        var budgetEach = Math.Max(1, nodeBudget / members.Length);
        foreach (var leftOut in members)
        {
            if (Find(costs, [.. members.Where(m => m != leftOut)], budgetEach) is { } groups)
            {
                return (groups, leftOut);
            }
        }

        return null;
    }

    private bool Place(int remaining, bool trioNeeded)
    {
        if (remaining == 0)
        {
            return true;
        }

        if (--nodesLeft < 0)
        {
            return false;
        }

        var member = MostConstrained(out var options);
        if (options.Count == 0 || AllowedGroups.CountOdd(costs, members, placed) > (trioNeeded ? 1 : 0))
        {
            return false;
        }

        placed[member] = true;
        foreach (var partner in options)
        {
            placed[partner] = true;
            if (remaining >= 4 || !trioNeeded)
            {
                groups.Add([member, partner]);
                if (Place(remaining - 2, trioNeeded))
                {
                    return true;
                }

                groups.RemoveAt(groups.Count - 1);
            }

            if (trioNeeded && TryTrios(member, partner, options, remaining))
            {
                return true;
            }

            placed[partner] = false;
        }

        placed[member] = false;
        return false;
    }

    private bool TryTrios(int member, int partner, List<int> options, int remaining)
    {
        foreach (var third in options)
        {
            if (placed[third] || !costs.Allowed(partner, third))
            {
                continue;
            }

            placed[third] = true;
            groups.Add([member, partner, third]);
            if (Place(remaining - 3, trioNeeded: false))
            {
                return true;
            }

            groups.RemoveAt(groups.Count - 1);
            placed[third] = false;
        }

        return false;
    }

    private int MostConstrained(out List<int> options)
    {
        var best = -1;
        options = [];
        foreach (var member in members)
        {
            if (placed[member])
            {
                continue;
            }

            var free = 0;
            foreach (var other in members)
            {
                free += !placed[other] && costs.Allowed(member, other) ? 1 : 0;
            }

            if (best < 0 || free < options.Count)
            {
                best = member;
                options = [.. members.Where(o => !placed[o] && costs.Allowed(member, o))];
            }
        }

        var chosen = best;
        options.Sort((x, y) => costs.Cost(chosen, x).CompareTo(costs.Cost(chosen, y)));
        return best;
    }
}
