using BreedBot.Domain.TeamWeeks;

namespace BreedBot.Storage.DuoWeeks;

/// <summary>
/// Duo weeks as versions before the move to the TeamWeekFacts table stored them (table DuoWeeks, PartitionKey =
/// tenant id | team id, RowKey = ISO week | duo key): read wherever a week is read, deleted wherever a week is
/// deleted, never written. <see cref="DuoWeekMigration"/> moves them to their current place.
/// </summary>
internal sealed class LegacyDuoWeeks(StorageTables tables)
{
    public Task<DuoWeekEntity?> FindAsync(string tenantId, string teamId, IsoWeek week, string duoKey, CancellationToken ct) =>
        tables.DuoWeeks.FindAsync<DuoWeekEntity>(DuoWeekEntity.Legacy.Partition(tenantId, teamId), DuoWeekEntity.Legacy.Row(week, duoKey), ct);

    public Task<IReadOnlyList<DuoWeekEntity>> ListAsync(string tenantId, string teamId, IsoWeek first, IsoWeek last, CancellationToken ct) =>
        QueryAsync(TableFilters.RowRange(DuoWeekEntity.Legacy.Partition(tenantId, teamId), first + "|", last + "|~"), ct);

    public Task<IReadOnlyList<DuoWeekEntity>> ListTeamAsync(string tenantId, string teamId, CancellationToken ct) =>
        QueryAsync(TableFilters.Partition(DuoWeekEntity.Legacy.Partition(tenantId, teamId)), ct);

    public Task DeleteAsync(string tenantId, string teamId, IsoWeek week, string duoKey, CancellationToken ct) =>
        Retention.RowSweep.DeleteAsync(tables.DuoWeeks, DuoWeekEntity.Legacy.Partition(tenantId, teamId), DuoWeekEntity.Legacy.Row(week, duoKey), ct);

    private async Task<IReadOnlyList<DuoWeekEntity>> QueryAsync(string filter, CancellationToken ct)
    {
        var rows = new List<DuoWeekEntity>();
        await foreach (var row in tables.DuoWeeks.QueryAsync<DuoWeekEntity>(filter, cancellationToken: ct))
        {
            rows.Add(row);
        }

        return rows;
    }
}
