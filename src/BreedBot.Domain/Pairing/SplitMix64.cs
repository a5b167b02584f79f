namespace BreedBot.Domain.Pairing;

/// <summary>
/// A tiny seeded generator (SplitMix64). System.Random is banned in this repository, and its
/// sequence for a seed is not promised to stay the same across .NET versions; a pairing must be
/// reproducible from its stored seed.
/// </summary>
internal sealed class SplitMix64(long seed)
{
    private ulong state = unchecked((ulong)seed);

    public ulong NextUInt64()
    {
        unchecked
        {
            var z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>A number in [0, maxExclusive); the modulo bias is negligible for team sizes.</summary>
    public int NextInt(int maxExclusive) => (int)(NextUInt64() % (ulong)maxExclusive);

    public void Shuffle(int[] items)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = NextInt(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
