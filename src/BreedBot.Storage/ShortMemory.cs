using System.Collections.Concurrent;

namespace BreedBot.Storage;

/// <summary>
/// Values an instance keeps for a short while instead of reading or writing storage again (a team row during a
/// fan-out, a week's salt, the time zone it last stored for someone). Each value is forgotten <c>keepFor</c> after
/// it was kept; at most <c>most</c> are held: when full, the expired ones go, and if that frees nothing, all go.
/// </summary>
public sealed class ShortMemory<TKey, TValue>(TimeProvider time, TimeSpan keepFor, int most)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, (TValue Value, DateTimeOffset Until)> kept = new();

    public bool TryGet(TKey key, out TValue value)
    {
        if (kept.TryGetValue(key, out var known) && known.Until > time.GetUtcNow())
        {
            value = known.Value;
            return true;
        }

        value = default!;
        return false;
    }

    public void Keep(TKey key, TValue value)
    {
        var now = time.GetUtcNow();
        if (kept.Count >= most)
        {
            foreach (var old in kept.Where(entry => entry.Value.Until <= now))
            {
                kept.TryRemove(old);
            }

            if (kept.Count >= most)
            {
                kept.Clear();
            }
        }

        kept[key] = (value, now + keepFor);
    }

    public void Forget(TKey key) => kept.TryRemove(key, out _);
}
