using Azure.Data.Tables;

namespace BreedBot.Storage.Outbound;

/// <summary>
/// The tenant-wide "paused until" mark every send worker respects after Teams kept answering 429:
/// one row per tenant, only ever moved later (ETag-guarded), never earlier.
/// </summary>
public sealed class SendPauseStore(StorageTables tables)
{
    private const int MaxAttempts = 5;
    private TableClient Table => tables.SendPauses;

    public async Task<DateTimeOffset?> GetPausedUntilAsync(string tenantId, CancellationToken ct)
    {
        var entity = await Table.FindAsync<SendPauseEntity>(TableKey.Escape(tenantId), SendPauseEntity.TenantRow, ct);
        return entity?.PausedUntil;
    }

    /// <summary>Pauses the tenant until <paramref name="until"/>, unless it is already paused longer. Returns the mark in force.</summary>
    public async Task<DateTimeOffset> PauseUntilAsync(string tenantId, DateTimeOffset until, CancellationToken ct)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var existing = await Table.FindAsync<SendPauseEntity>(TableKey.Escape(tenantId), SendPauseEntity.TenantRow, ct);
            if (existing is null)
            {
                if (await Table.TryAddAsync(new SendPauseEntity { PartitionKey = TableKey.Escape(tenantId), PausedUntil = until }, ct))
                {
                    return until;
                }

                continue;
            }

            if (existing.PausedUntil >= until)
            {
                return existing.PausedUntil;
            }

            existing.PausedUntil = until;
            if (await Table.TryReplaceAsync(existing, existing.ETag, ct))
            {
                return until;
            }
        }

        throw new StorageConflictException(StorageTables.SendPausesName, MaxAttempts);
    }
}
