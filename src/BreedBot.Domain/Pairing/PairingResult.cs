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
    IReadOnlyList<string> UnsatisfiableMembers);
