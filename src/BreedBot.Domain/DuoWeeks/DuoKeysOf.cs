using BreedBot.Domain.Pairing;

namespace BreedBot.Domain.DuoWeeks;

/// <summary>
/// Which duo keys stand for duos a person was in. A key hashes its members, so it cannot be read
/// back; it is recognised instead. The pairing history names the duos of every rotation, but a
/// duo mended after a departure is replaced there, so for keys it does not explain every pair of
/// the person with a colleague is tried in the key's rotation.
/// </summary>
public static class DuoKeysOf
{
    public static IReadOnlySet<string> Person(string memberKey, IEnumerable<PastDuo> history, IReadOnlyCollection<string> colleagues, IEnumerable<string> storedKeys)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(colleagues);
        ArgumentNullException.ThrowIfNull(storedKeys);
        var mine = history.Where(d => d.Members.Contains(memberKey)).Select(d => DuoKey.Of(d.Rotation, d.Members)).ToHashSet(StringComparer.Ordinal);
        var pairsTried = new Dictionary<int, HashSet<string>>();
        foreach (var key in storedKeys.Distinct(StringComparer.Ordinal).Where(k => !mine.Contains(k) && DuoKey.LooksValid(k)))
        {
            var rotation = int.Parse(key.AsSpan(1, 6), System.Globalization.CultureInfo.InvariantCulture);
            if (!pairsTried.TryGetValue(rotation, out var pairs))
            {
                pairs = colleagues.Select(c => DuoKey.Of(rotation, [memberKey, c])).ToHashSet(StringComparer.Ordinal);
                pairsTried[rotation] = pairs;
            }

            if (pairs.Contains(key))
            {
                mine.Add(key);
            }
        }

        return mine;
    }
}
