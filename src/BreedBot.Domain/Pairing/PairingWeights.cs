namespace BreedBot.Domain.Pairing;

/// <summary>
/// The costs the pairer minimises; a pair's cost is the sum of the parts that apply. The defaults
/// rank the wishes: no recent repeat first, then an overlapping moment, then different roles,
/// then a mix of experience.
/// </summary>
public sealed record PairingWeights
{
    public static PairingWeights Default { get; } = new();

    /// <summary>
    /// The weights for a team: with the owners' "mix roles" off, two members of the same role cost
    /// nothing extra, so role plays no part in the choice.
    /// </summary>
    public static PairingWeights ForTeam(bool mixRoles) => mixRoles ? Default : Default with { SameRoleCost = 0 };

    /// <summary>
    /// The weights of the organisation pool (<see cref="PoolPairer"/>): "maak het breed" across teams, so a different
    /// beroepsgroep and a different role weigh more than in a team, together more than an overlapping moment; a recent
    /// repeat still weighs most.
    /// </summary>
    public static PairingWeights Pool { get; } = new() { SameRoleCost = 50, SameClusterCost = 50 };

    /// <summary>How many of the latest rotations in the history count as recent.</summary>
    public int RecentRotations { get; init; } = 6;

    /// <summary>
    /// Cost of a repeat from the oldest recent rotation; a repeat from the latest rotation costs
    /// <see cref="RecentRotations"/> times as much (the cost grows linearly with recency).
    /// </summary>
    public int RepeatCost { get; init; } = 100;

    /// <summary>Cost of two preferred moments that do not overlap.</summary>
    public int MomentMismatchCost { get; init; } = 60;

    /// <summary>Cost of two members with the same role.</summary>
    public int SameRoleCost { get; init; } = 40;

    /// <summary>Cost of two members of the same beroepsgroep, when both said which (<see cref="PairingCandidate.Cluster"/>).</summary>
    public int SameClusterCost { get; init; }

    /// <summary>
    /// Cost per year that two members' experience differs less than
    /// <see cref="ExperienceMixYears"/>: equal experience costs the most.
    /// </summary>
    public int SimilarExperienceCostPerYear { get; init; } = 4;

    /// <summary>A difference in experience of this many years or more counts as fully mixed.</summary>
    public int ExperienceMixYears { get; init; } = 5;

    /// <summary>Upper bound on the improvement passes (swaps between duos).</summary>
    public int ImprovementPasses { get; init; } = 25;

    /// <summary>
    /// Teams up to this size get an exhaustive search when the greedy construction cannot place
    /// everyone, so a complete pairing that exists is found.
    /// </summary>
    public int ExhaustiveSearchMaxMembers { get; init; } = 40;

    /// <summary>Bound on the exhaustive search (nodes visited).</summary>
    public int ExhaustiveSearchNodeBudget { get; init; } = 20_000;
}
