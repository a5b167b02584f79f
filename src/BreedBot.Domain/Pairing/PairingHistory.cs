namespace BreedBot.Domain.Pairing;

/// <summary>The duos a team had in earlier rotations.</summary>
public sealed record PairingHistory(IReadOnlyList<PastDuo> Duos)
{
    public static PairingHistory Empty { get; } = new([]);

    /// <summary>The history with one more rotation's duos appended.</summary>
    public PairingHistory With(IEnumerable<Duo> duos, int rotation) =>
        new([.. Duos, .. duos.Select(d => new PastDuo(d.Members, rotation))]);
}
