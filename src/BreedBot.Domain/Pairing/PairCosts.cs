namespace BreedBot.Domain.Pairing;

/// <summary>
/// The cost of every possible pair of a pool and which pairs are forbidden ("not with", either
/// way). Flat arrays indexed by pool position: 500 members are 250 000 cells, built once.
/// </summary>
internal sealed class PairCosts
{
    private readonly int[] costs;
    private readonly bool[] forbidden;

    private PairCosts(int count, int[] costs, bool[] forbidden)
    {
        Count = count;
        this.costs = costs;
        this.forbidden = forbidden;
    }

    public int Count { get; }

    public bool Allowed(int a, int b) => a != b && !forbidden[(a * Count) + b];

    public int Cost(int a, int b) => costs[(a * Count) + b];

    /// <summary>How many members <paramref name="member"/> may be paired with.</summary>
    public int AllowedPartners(int member)
    {
        var allowed = 0;
        for (var other = 0; other < Count; other++)
        {
            allowed += Allowed(member, other) ? 1 : 0;
        }

        return allowed;
    }

    public static PairCosts Build(IReadOnlyList<PairingCandidate> pool, PairingHistory history, PairingWeights weights)
    {
        var n = pool.Count;
        var index = new Dictionary<string, int>(n, StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            index[pool[i].MemberKey] = i;
        }

        var forbidden = new bool[n * n];
        for (var i = 0; i < n; i++)
        {
            foreach (var key in pool[i].NotWith)
            {
                if (index.TryGetValue(key, out var j))
                {
                    forbidden[(i * n) + j] = true;
                    forbidden[(j * n) + i] = true;
                }
            }
        }

        var costs = new int[n * n];
        AddRepeatCosts(costs, n, index, history, weights);
        AddPreferenceCosts(costs, pool, weights);
        return new PairCosts(n, costs, forbidden);
    }

    private static void AddPreferenceCosts(int[] costs, IReadOnlyList<PairingCandidate> pool, PairingWeights weights)
    {
        // Plain arrays: this loop runs for every pair (125 000 for 500 members).
        var n = pool.Count;
        var roles = pool.Select(c => (int)c.Role).ToArray();
        var clusters = pool.Select(c => c.Cluster is { } cluster ? (int)cluster : -1).ToArray();
        var years = pool.Select(c => c.YearsOfExperience ?? -1).ToArray();
        var moments = pool.Select(c => c.PreferredMoment).ToArray();
        var mix = weights.ExperienceMixYears;
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var cost = moments[i].Overlaps(moments[j]) ? 0 : weights.MomentMismatchCost;
                cost += roles[i] == roles[j] ? weights.SameRoleCost : 0;
                cost += clusters[i] >= 0 && clusters[i] == clusters[j] ? weights.SameClusterCost : 0;

                // Unknown experience counts as half-mixed: a missing answer is neither punished nor favoured.
                var gap = years[i] >= 0 && years[j] >= 0 ? Math.Min(Math.Abs(years[i] - years[j]), mix) : mix / 2;
                cost += (mix - gap) * weights.SimilarExperienceCostPerYear;
                costs[(i * n) + j] += cost;
                costs[(j * n) + i] += cost;
            }
        }
    }

    private static void AddRepeatCosts(
        int[] costs, int n, Dictionary<string, int> index, PairingHistory history, PairingWeights weights)
    {
        if (history.Duos.Count == 0 || weights.RecentRotations <= 0)
        {
            return;
        }

        var latest = history.Duos.Max(d => d.Rotation);
        var oldestRecent = latest - weights.RecentRotations + 1;
        foreach (var past in history.Duos)
        {
            if (past.Rotation < oldestRecent)
            {
                continue;
            }

            var recency = past.Rotation - oldestRecent + 1;
            for (var p = 0; p < past.Members.Count; p++)
            {
                for (var q = p + 1; q < past.Members.Count; q++)
                {
                    if (index.TryGetValue(past.Members[p], out var i) && index.TryGetValue(past.Members[q], out var j) && i != j)
                    {
                        costs[(i * n) + j] += weights.RepeatCost * recency;
                        costs[(j * n) + i] += weights.RepeatCost * recency;
                    }
                }
            }
        }
    }
}
