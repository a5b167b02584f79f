using Azure;
using BreedBot.Domain.Scheduling;

namespace BreedBot.Storage.Scheduling;

/// <summary>
/// Makes every occurrence happen once across restarts and instances: an instance claims it by
/// inserting its row (a conflict means someone else has it), acts, and marks it done. A claim
/// whose instance died before finishing runs out after its lease and is taken over under the
/// row's ETag, so nothing is lost and only one instance takes over.
/// </summary>
public sealed class OccurrenceClaimStore(StorageTables tables)
{
    /// <summary>The claims of one scope for one UTC due day, by occurrence id: a single-partition query.</summary>
    public async Task<IReadOnlyDictionary<string, OccurrenceClaim>> ListAsync(OccurrenceScope scope, DateOnly dueDay, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var partition = OccurrenceClaimEntity.Partition(scope, dueDay);
        var claims = new Dictionary<string, OccurrenceClaim>(StringComparer.Ordinal);
        await foreach (var row in tables.OccurrenceClaims.QueryAsync<OccurrenceClaimEntity>(TableFilters.Partition(partition), cancellationToken: ct))
        {
            claims[row.OccurrenceId] = row.ToClaim();
        }

        return claims;
    }

    public async Task<OccurrenceClaim?> GetAsync(Occurrence occurrence, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        var row = await tables.OccurrenceClaims.FindAsync<OccurrenceClaimEntity>(OccurrenceClaimEntity.Partition(occurrence), TableKey.Escape(occurrence.Id), ct);
        return row?.ToClaim();
    }

    /// <summary>
    /// Claims the occurrence for <paramref name="lease"/>, or records it as missed at once when
    /// <paramref name="status"/> says so. False when another claim holds it.
    /// </summary>
    public async Task<bool> TryClaimAsync(Occurrence occurrence, DateTimeOffset now, TimeSpan lease, CancellationToken ct, ClaimStatus status = ClaimStatus.Claimed)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        var fresh = new OccurrenceClaimEntity
        {
            PartitionKey = OccurrenceClaimEntity.Partition(occurrence),
            RowKey = TableKey.Escape(occurrence.Id),
            OccurrenceId = occurrence.Id,
            Kind = occurrence.Kind,
            Status = status.ToString(),
            DueAt = occurrence.DueAt,
            ClaimedAt = now,
            LeaseUntil = now + lease,
            SettledAt = status == ClaimStatus.Claimed ? null : now,
        };
        if (await tables.OccurrenceClaims.TryAddAsync(fresh, ct))
        {
            return true;
        }

        // Taken: only an abandoned claim (lease over, never settled) may be taken over, and only by one instance.
        var existing = await tables.OccurrenceClaims.FindAsync<OccurrenceClaimEntity>(fresh.PartitionKey, fresh.RowKey, ct);
        if (existing is null || existing.ToClaim().IsSettledAt(now))
        {
            return false;
        }

        fresh.ClaimedAt = existing.ClaimedAt;
        return await tables.OccurrenceClaims.TryReplaceAsync(fresh, existing.ETag, ct);
    }

    /// <summary>Settles a claim: nothing more will happen to the occurrence.</summary>
    public async Task SettleAsync(Occurrence occurrence, ClaimStatus status, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        await tables.OccurrenceClaims.ChangeAsync<OccurrenceClaimEntity>(OccurrenceClaimEntity.Partition(occurrence), TableKey.Escape(occurrence.Id), row =>
        {
            row.Status = status.ToString();
            row.SettledAt = now;
            return true;
        }, 5, ct);
    }

    /// <summary>Gives a claim up after a failure, so the next pass tries again.</summary>
    public async Task ReleaseAsync(Occurrence occurrence, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        try
        {
            await tables.OccurrenceClaims.DeleteEntityAsync(OccurrenceClaimEntity.Partition(occurrence), TableKey.Escape(occurrence.Id), ETag.All, ct);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Already gone.
        }
    }
}
