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
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var cost = costs[(i * n) + j] + PreferenceCost(pool[i], pool[j], weights);
                costs[(i * n) + j] = cost;
                costs[(j * n) + i] = cost;
            }
        }

        return new PairCosts(n, costs, forbidden);
    }

    private static int PreferenceCost(PairingCandidate a, PairingCandidate b, PairingWeights weights)
    {
        var cost = a.PreferredMoment.Overlaps(b.PreferredMoment) ? 0 : weights.MomentMismatchCost;
        cost += a.Role == b.Role ? weights.SameRoleCost : 0;

        // Unknown experience counts as half-mixed, so a missing answer is neither punished nor favoured.
        var gap = a.YearsOfExperience is { } x && b.YearsOfExperience is { } y
            ? Math.Min(Math.Abs(x - y), weights.ExperienceMixYears)
            : weights.ExperienceMixYears / 2;
        return cost + ((weights.ExperienceMixYears - gap) * weights.SimilarExperienceCostPerYear);
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
                    }
                }
            }
        }

        // Repeats were added to one triangle only; the caller mirrors while adding preferences.
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < i; j++)
            {
                costs[(j * n) + i] += costs[(i * n) + j];
                costs[(i * n) + j] = 0;
            }
        }
    }
}
