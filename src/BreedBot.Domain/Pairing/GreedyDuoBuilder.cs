namespace BreedBot.Domain.Pairing;

/// <summary>
/// First arrangement: members in seeded random order, the most constrained first, each paired
/// with the cheapest allowed free partner. Members left over are then placed by swapping them
/// into existing duos (<see cref="LeftoverRepair"/>).
/// </summary>
internal static class GreedyDuoBuilder
{
    /// <returns>The duos, and the members that could not be paired greedily.</returns>
    public static (List<int[]> Groups, List<int> Leftovers) Build(PairCosts costs, int[] order, bool[] excluded)
    {
        var n = costs.Count;
        var constraint = new int[n];
        for (var i = 0; i < n; i++)
        {
            constraint[i] = costs.AllowedPartners(i);
        }

        // Stable sort keeps the seeded order among equally constrained members.
        var byConstraint = order.OrderBy(i => constraint[i]).ToArray();
        var placed = (bool[])excluded.Clone();
        var groups = new List<int[]>(n / 2);
        var leftovers = new List<int>();
        foreach (var member in byConstraint)
        {
            if (placed[member])
            {
                continue;
            }

            var best = -1;
            var bestCost = int.MaxValue;
            foreach (var other in order)
            {
                if (!placed[other] && costs.Allowed(member, other) && costs.Cost(member, other) < bestCost)
                {
                    best = other;
                    bestCost = costs.Cost(member, other);
                }
            }

            placed[member] = true;
            if (best < 0)
            {
                leftovers.Add(member);
                continue;
            }

            placed[best] = true;
            groups.Add([member, best]);
        }

        return (groups, leftovers);
    }
}
