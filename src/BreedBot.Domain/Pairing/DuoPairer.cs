namespace BreedBot.Domain.Pairing;

/// <summary>
/// Pairs a team's available members into duos, with one trio when the count is odd. Pure and
/// deterministic: the same candidates (in any order), history, seed and weights give the same
/// duos. "Not with" is a hard rule, never broken; within it the pairer minimises the summed
/// <see cref="PairingWeights"/> costs: a seeded greedy construction, repairs for members left
/// over, an exhaustive search for small teams when needed, then swaps between duos.
/// </summary>
public static class DuoPairer
{
    public static PairingResult Pair(
        IReadOnlyList<PairingCandidate> candidates, PairingHistory history, int seed, PairingWeights? weights = null)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(history);
        weights ??= PairingWeights.Default;

        var pool = PairingPool.Ordered(candidates);
        switch (pool.Count)
        {
            case 0:
                return new PairingResult([], [], PairingOutcome.NoOneAvailable, []);
            case 1:
                return new PairingResult([], [pool[0].MemberKey], PairingOutcome.TooFewMembers, []);
        }

        var costs = PairCosts.Build(pool, history, weights);
        var order = Enumerable.Range(0, pool.Count).ToArray();
        new SplitMix64(seed).Shuffle(order);

        // A member who excludes (or is excluded by) everyone can never be placed.
        var excluded = Enumerable.Range(0, pool.Count).Select(i => costs.AllowedPartners(i) == 0).ToArray();
        var (groups, leftovers) = GreedyDuoBuilder.Build(costs, order, excluded);
        LeftoverRepair.Repair(costs, groups, leftovers);

        // Members no one may sit with are certainly unplaceable; anyone else left over is only
        // proven so when the exhaustive search ran and finished.
        var proven = leftovers.Count == 0;
        var placeable = order.Where(i => !excluded[i]).ToArray();
        if (leftovers.Count > 0 && placeable.Length <= weights.ExhaustiveSearchMaxMembers)
        {
            (groups, leftovers, proven) = Search(costs, placeable, weights.ExhaustiveSearchNodeBudget, groups, leftovers);
        }

        SwapImprover.Improve(costs, groups, weights.ImprovementPasses);

        var unsatisfiable = Enumerable.Range(0, pool.Count)
            .Where(i => excluded[i] || leftovers.Contains(i))
            .Select(i => pool[i].MemberKey)
            .ToList();
        var duos = groups.Select(g => ToDuo(pool, g)).ToList();
        var outcome = unsatisfiable.Count == 0 ? PairingOutcome.Paired : PairingOutcome.ConstraintsUnsatisfiable;
        return new PairingResult(duos, unsatisfiable, outcome, unsatisfiable)
        {
            UnsatisfiableProven = outcome == PairingOutcome.ConstraintsUnsatisfiable && proven,
        };
    }

    /// <summary>A complete arrangement if one exists; else one leaving out a single member, if that beats the greedy pass.</summary>
    private static (List<int[]> Groups, List<int> Leftovers, bool Proven) Search(
        PairCosts costs, int[] placeable, int nodeBudget, List<int[]> groups, List<int> leftovers)
    {
        if (ExhaustiveSearch.Find(costs, placeable, nodeBudget, out var finished) is { } complete)
        {
            return (complete, [], true);
        }

        return leftovers.Count >= 2 && ExhaustiveSearch.FindLeavingOneOut(costs, placeable, nodeBudget) is { } almost
            ? (almost.Groups, [almost.LeftOut], finished)
            : (groups, leftovers, finished);
    }

    internal static Duo ToDuo(IReadOnlyList<PairingCandidate> pool, int[] group)
    {
        var (moment, agreed) = DuoMoment.Agree([.. group.Select(i => pool[i].PreferredMoment)]);
        return new Duo([.. group.Select(i => pool[i].MemberKey)], moment, agreed);
    }
}
