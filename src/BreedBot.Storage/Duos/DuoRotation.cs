using BreedBot.Domain.Pairing;

namespace BreedBot.Storage.Duos;

/// <summary>One pairing round of a team: its number, the seed that reproduces it, when it ran, and its duos.</summary>
public sealed record DuoRotation(int Rotation, int Seed, DateTimeOffset PairedAt, IReadOnlyList<Duo> Duos);
