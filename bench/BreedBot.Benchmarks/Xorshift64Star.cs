namespace BreedBot.Benchmarks;

/// <summary>
/// Seeded dice for generating benchmark inputs (System.Random is banned repository-wide; the
/// inputs must be the same on every run and every .NET version).
/// </summary>
internal sealed class Xorshift64Star(ulong seed)
{
    private ulong state = seed == 0 ? 0x9E3779B97F4A7C15UL : seed;

    public ulong Next()
    {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        return unchecked(state * 0x2545F4914F6CDD1DUL);
    }

    public int Below(int maxExclusive) => (int)(Next() % (ulong)maxExclusive);

    /// <summary>True with the given probability.</summary>
    public bool Chance(double probability) => (Next() >> 11) * (1.0 / (1UL << 53)) < probability;
}
