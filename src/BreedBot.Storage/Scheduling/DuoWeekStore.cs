using BreedBot.Domain.Scheduling;
using BreedBot.Domain.TeamWeeks;

namespace BreedBot.Storage.Scheduling;

/// <summary>
/// Each duo's week: moved, held or skipped. Changes are read-modify-write under the row's ETag (an
/// insert for a week not stored yet), so when both partners check in at once one wins and the
/// other sees the first check-in: it is counted once.
/// </summary>
public sealed class DuoWeekStore(StorageTables tables)
{
    private const int MaxAttempts = 5;

    public async Task<DuoWeek?> GetAsync(string tenantId, string teamId, IsoWeek week, string duoKey, CancellationToken ct)
    {
        var row = await tables.DuoWeeks.FindAsync<DuoWeekEntity>(DuoWeekEntity.Partition(tenantId, teamId), DuoWeekEntity.Row(week, duoKey), ct);
        return row?.ToDomain();
    }

    /// <summary>Every stored duo week of the team from <paramref name="first"/> to <paramref name="last"/>: one range query.</summary>
    public async Task<IReadOnlyList<DuoWeek>> ListAsync(string tenantId, string teamId, IsoWeek first, IsoWeek last, CancellationToken ct)
    {
        var partition = DuoWeekEntity.Partition(tenantId, teamId);
        var low = first + "|";
        var high = last + "|~";
        var weeks = new List<DuoWeek>();
        await foreach (var row in tables.DuoWeeks.QueryAsync<DuoWeekEntity>(TableFilters.RowRange(partition, low, high), cancellationToken: ct))
        {
            weeks.Add(row.ToDomain());
        }

        return weeks;
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the duo's week (a fresh one when none is stored) and
    /// stores the result when it says <see cref="DuoWeekChange.Done"/>, retrying after a lost race.
    /// Returns the stored week and what happened.
    /// </summary>
    public async Task<(DuoWeek Week, DuoWeekChange Change)> ChangeAsync(
        string tenantId, string teamId, IsoWeek week, string duoKey, Func<DuoWeek, (DuoWeek, DuoWeekChange)> change, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(change);
        var partition = DuoWeekEntity.Partition(tenantId, teamId);
        var rowKey = DuoWeekEntity.Row(week, duoKey);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var existing = await tables.DuoWeeks.FindAsync<DuoWeekEntity>(partition, rowKey, ct);
            var current = existing?.ToDomain() ?? new DuoWeek(week, duoKey);
            var (updated, outcome) = change(current);
            if (outcome != DuoWeekChange.Done)
            {
                return (current, outcome);
            }

            var row = DuoWeekEntity.From(tenantId, teamId, updated);
            var stored = existing is null
                ? await tables.DuoWeeks.TryAddAsync(row, ct)
                : await tables.DuoWeeks.TryReplaceAsync(row, existing.ETag, ct);
            if (stored)
            {
                return (updated, outcome);
            }
        }

        throw new StorageConflictException(StorageTables.DuoWeeksName, MaxAttempts);
    }

    /// <summary>Every stored week of every duo of the team: one partition, bounded by the check-in retention.</summary>
    public async Task<IReadOnlyList<DuoWeek>> ListTeamAsync(string tenantId, string teamId, CancellationToken ct)
    {
        var weeks = new List<DuoWeek>();
        await foreach (var row in tables.DuoWeeks.QueryAsync<DuoWeekEntity>(TableFilters.Partition(DuoWeekEntity.Partition(tenantId, teamId)), cancellationToken: ct))
        {
            weeks.Add(row.ToDomain());
        }

        return weeks;
    }

    /// <summary>Deletes one duo's week; a week already gone is no error.</summary>
    public Task DeleteAsync(string tenantId, string teamId, IsoWeek week, string duoKey, CancellationToken ct) =>
        Retention.RowSweep.DeleteAsync(tables.DuoWeeks, DuoWeekEntity.Partition(tenantId, teamId), DuoWeekEntity.Row(week, duoKey), ct);
}
