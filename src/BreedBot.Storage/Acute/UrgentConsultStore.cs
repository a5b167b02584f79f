using Azure.Data.Tables;
using BreedBot.Domain.Acute;

namespace BreedBot.Storage.Acute;

/// <summary>
/// Each person's latest urgent consult: one row, written under its ETag, so two presses (or a replayed
/// invoke, or two instances) within the repeat window start one consult between them.
/// </summary>
public sealed class UrgentConsultStore(StorageTables tables)
{
    private const int MaxAttempts = 5;
    private TableClient Table => tables.UrgentConsults;

    public async Task<UrgentConsultRequest?> GetAsync(string tenantId, string requesterKey, CancellationToken ct) =>
        (await Table.FindAsync<UrgentConsultEntity>(TableKey.Escape(tenantId), TableKey.Escape(requesterKey), ct))?.ToDomain();

    /// <summary>
    /// Starts <paramref name="fresh"/> unless a consult of the same person started within <paramref name="window"/>
    /// before it: then that one is returned and nothing is written. Started = this call wrote it.
    /// </summary>
    public async Task<(bool Started, UrgentConsultRequest Request)> TryStartAsync(UrgentConsultRequest fresh, TimeSpan window, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(fresh);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var existing = await Table.FindAsync<UrgentConsultEntity>(TableKey.Escape(fresh.TenantId), TableKey.Escape(fresh.RequesterKey), ct);
            if (existing?.ToDomain() is { } earlier && earlier.Covers(fresh.RequestedAt, window))
            {
                return (false, earlier);
            }

            var written = existing is null
                ? await Table.TryAddAsync(UrgentConsultEntity.From(fresh), ct)
                : await Table.TryReplaceAsync(UrgentConsultEntity.From(fresh), existing.ETag, ct);
            if (written)
            {
                return (true, fresh);
            }
        }

        throw new StorageConflictException(StorageTables.UrgentConsultsName, MaxAttempts);
    }

    /// <summary>Forgets the person's consult. Harmless when there is none.</summary>
    public async Task EraseAsync(string tenantId, string requesterKey, CancellationToken ct) =>
        await Table.DeleteEntityAsync(TableKey.Escape(tenantId), TableKey.Escape(requesterKey), Azure.ETag.All, ct);
}
