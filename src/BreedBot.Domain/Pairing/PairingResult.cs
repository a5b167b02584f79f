namespace BreedBot.Domain.Pairing;

/// <summary>
/// The duos of one rotation. <paramref name="Unpaired"/> holds everyone not in a duo (the lone
/// member of <see cref="PairingOutcome.TooFewMembers"/>, or the unsatisfiable members);
/// <paramref name="UnsatisfiableMembers"/> those left out because of "not with" choices.
/// </summary>
public sealed record PairingResult(
    IReadOnlyList<Duo> Duos,
    IReadOnlyList<string> Unpaired,
    PairingOutcome Outcome,
    IReadOnlyList<string> UnsatisfiableMembers)
{
    /// <summary>
    /// For <see cref="PairingOutcome.ConstraintsUnsatisfiable"/>: true when it is certain that not
    /// everyone can be paired (a member no one may sit with, or an exhaustive search that
    /// finished). False when a bounded search gave up — a team larger than
    /// <see cref="PairingWeights.ExhaustiveSearchMaxMembers"/> or a search that hit its node
    /// budget: a pairing of everyone might exist that the pairer did not find. Tell the owner so.
    /// </summary>
    public bool UnsatisfiableProven { get; init; }
}
