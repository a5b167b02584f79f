using BreedBot.Domain.Pairing;

namespace BreedBot.Storage.Pairing;

/// <summary>
/// One pairing round of a team: its number, the seed that reproduces it, when it ran, and its duos.
/// <see cref="SwappedBy"/> lists who used "wissel" in this round (once each).
/// </summary>
public sealed record DuoRotation(int Rotation, int Seed, DateTimeOffset PairedAt, IReadOnlyList<Duo> Duos)
{
    public IReadOnlyList<string> SwappedBy { get; init; } = [];

    /// <summary>
    /// For the organisation pool's rotation only: each member's own team, the team they were offered from (their name,
    /// time zone and chat are read there). Empty for a team's rotation, whose members are all of the team.
    /// </summary>
    public IReadOnlyDictionary<string, string> Homes { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
