using System.Security.Cryptography;
using System.Text;

namespace BreedBot.Domain.DuoWeeks;

/// <summary>
/// Names a duo of one rotation without naming its people: <c>r000003-1a2b3c4d5e6f</c>, the rotation
/// and a hash of the sorted member keys. It keys the duo's weekly state and its occurrences, so it
/// may be stored and logged; a duo mended after a departure gets a new key (it is a new duo).
/// </summary>
public static class DuoKey
{
    public static string Of(int rotation, IReadOnlyCollection<string> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var joined = string.Join('\n', Ordered(members));
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(joined)).AsSpan(0, 6));
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"r{rotation:D6}-{hash}");
    }

    /// <summary>The members in the order their per-member occurrences are numbered (ordinal).</summary>
    public static IReadOnlyList<string> Ordered(IEnumerable<string> members) => [.. members.Order(StringComparer.Ordinal)];

    /// <summary>The rotation a key names (<c>r000003-…</c> → 3); the key must look valid.</summary>
    public static int RotationOf(string key)
    {
        if (!LooksValid(key))
        {
            throw new ArgumentException("Not a duo key.", nameof(key));
        }

        return int.Parse(key.AsSpan(1, 6), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Whether <paramref name="members"/> are exactly the duo <paramref name="key"/> names: the same rotation's hash
    /// of the same people. Members taken from a card are checked so before any row is addressed by them.
    /// </summary>
    public static bool Names(string key, IReadOnlyCollection<string> members) =>
        LooksValid(key) && members is { Count: >= 2 } && members.Distinct(StringComparer.Ordinal).Count() == members.Count
        && Of(RotationOf(key), members) == key;

    public static bool LooksValid(string? key) =>
        key is { Length: 20 } && key[0] == 'r' && key[7] == '-' && key.AsSpan(1, 6).ContainsOnlyDigits() && key.AsSpan(8).ContainsOnlyHexLower();

    private static bool ContainsOnlyDigits(this ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static bool ContainsOnlyHexLower(this ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (c is not ((>= '0' and <= '9') or (>= 'a' and <= 'f')))
            {
                return false;
            }
        }

        return true;
    }
}
