namespace BreedBot.Domain.Pairing;

/// <summary>
/// An opted-in, non-paused member offered to the pairer. <paramref name="NotWith"/> holds the
/// member keys this member does not want to be paired with (kept confidential); it works both
/// ways: the two are never placed together.
/// </summary>
public sealed record PairingCandidate(
    string MemberKey,
    MemberRole Role,
    int? YearsOfExperience,
    WeeklyMoment PreferredMoment,
    IReadOnlySet<string> NotWith)
{
    /// <summary>
    /// The member's beroepsgroep (for the meldcode), when known. Only the organisation pool's pairing weighs it
    /// (<see cref="PairingWeights.SameClusterCost"/>); a team's own pairing leaves it at no cost.
    /// </summary>
    public Beroepscluster? Cluster { get; init; }
}
