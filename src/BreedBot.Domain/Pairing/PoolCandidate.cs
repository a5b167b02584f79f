namespace BreedBot.Domain.Pairing;

/// <summary>
/// A member offered to the organisation pool (<see cref="PoolPairer"/>): their pairing answers, and the pooled team
/// they chose "ook een duopartner buiten mijn team" in. Someone who chose it in two pooled teams is offered once per
/// team; the pool takes them once.
/// </summary>
public sealed record PoolCandidate(PairingCandidate Candidate, string TeamId)
{
    /// <summary>
    /// The person's other teams of the organisation, pooled or not: two people who share any team are colleagues
    /// already, and the pool never pairs them.
    /// </summary>
    public IReadOnlySet<string> OtherTeams { get; init; } = new HashSet<string>(StringComparer.Ordinal);
}
