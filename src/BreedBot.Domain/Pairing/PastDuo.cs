namespace BreedBot.Domain.Pairing;

/// <summary>A duo (or trio) formed in an earlier rotation; rotation numbers increase over time.</summary>
public sealed record PastDuo(IReadOnlyList<string> Members, int Rotation);
