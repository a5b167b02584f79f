namespace BreedBot.Domain.Pairing;

public enum PairingOutcome
{
    /// <summary>Everyone offered is in a duo (or the one trio).</summary>
    Paired,

    /// <summary>Only one member is available: pairing needs at least two.</summary>
    TooFewMembers,

    /// <summary>Nobody is available (no one opted in, or everyone is paused).</summary>
    NoOneAvailable,

    /// <summary>
    /// Some members could not be placed without breaking a "not with" choice. They are listed in
    /// <see cref="PairingResult.UnsatisfiableMembers"/> (and in Unpaired), never forced into a duo;
    /// the owner should be told. Everyone else is paired.
    /// </summary>
    ConstraintsUnsatisfiable,
}
