using BreedBot.Storage.Outbound;
using Microsoft.Extensions.Options;

namespace BreedBot.Web.Outbound;

/// <summary>
/// The tenant-wide "paused until" mark: read (cached for a second) before every send, set after lasting 429s —
/// <see cref="OutboxOptions.ThrottlesBeforeTenantPause"/> in a row here, or one long Retry-After — so every
/// worker of every instance holds back, not only the one that was told.
/// </summary>
internal sealed class TenantPauses(SendPauseStore store, TimeProvider time, IOptions<OutboxOptions> options)
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(1);
    private readonly Lock gate = new();
    private readonly Dictionary<string, (DateTimeOffset Until, DateTimeOffset ReadAt)> cache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> throttlesInARow = new(StringComparer.Ordinal);

    public async Task<DateTimeOffset?> PausedUntilAsync(string tenantId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        DateTimeOffset until;
        lock (gate)
        {
            if (cache.TryGetValue(tenantId, out var cached) && now - cached.ReadAt < CacheFor)
            {
                return cached.Until > now ? cached.Until : null;
            }
        }

        until = await store.GetPausedUntilAsync(tenantId, ct) ?? DateTimeOffset.MinValue;
        lock (gate)
        {
            cache[tenantId] = (until, now);
        }

        return until > now ? until : null;
    }

    public void Succeeded(string tenantId)
    {
        lock (gate)
        {
            throttlesInARow.Remove(tenantId);
        }
    }

    /// <summary>Counts a 429; returns the pause mark when this one made the tenant pause.</summary>
    public async Task<DateTimeOffset?> ThrottledAsync(string tenantId, TimeSpan? retryAfter, CancellationToken ct)
    {
        var settings = options.Value;
        bool pause;
        lock (gate)
        {
            var inARow = throttlesInARow.GetValueOrDefault(tenantId) + 1;
            pause = inARow >= settings.ThrottlesBeforeTenantPause || retryAfter >= settings.TenantPauseRetryAfter;
            throttlesInARow[tenantId] = pause ? 0 : inARow;
        }

        if (!pause)
        {
            return null;
        }

        // Teams says how long; only without a Retry-After does the worker guess.
        var wait = retryAfter is { } given && given > TimeSpan.Zero ? given : settings.BaseRetryDelay;
        var until = await store.PauseUntilAsync(tenantId, time.GetUtcNow() + wait, ct);
        lock (gate)
        {
            cache[tenantId] = (until, time.GetUtcNow());
        }

        return until;
    }
}
