namespace BreedBot.Domain.Pairing;

/// <summary>
/// The duos one team had in earlier rotations. "Recent" is counted back from the highest rotation
/// number present (see <see cref="PairingWeights.RecentRotations"/>); members who have left are
/// simply ignored.
/// </summary>
public sealed record PairingHistory(IReadOnlyList<PastDuo> Duos)
{
    public static PairingHistory Empty { get; } = new([]);

    /// <summary>The history with one more rotation's duos appended.</summary>
    public PairingHistory With(IEnumerable<Duo> duos, int rotation) =>
        new([.. Duos, .. duos.Select(d => new PastDuo(d.Members, rotation))]);
}
