using Azure;
using Azure.Data.Tables;
using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.TeamWeeks;
using BreedBot.Storage.TeamWeeks;

namespace BreedBot.Storage.DuoWeeks;

/// <summary>
/// Each duo's week: moved, held or skipped, and the plan the scheduler stored with it. The row lives in the week's
/// TeamWeekFacts partition (<see cref="DuoWeekEntity"/>), so a change and the facts it makes are one table
/// transaction, guarded by the row's ETag (an insert for a week not stored yet): when both partners check in at once
/// one wins, the other sees the first check-in, and the facts are counted once. Weeks stored by earlier versions in
/// the DuoWeeks table are still read (<see cref="LegacyDuoWeeks"/>); a change writes the week in its current place.
/// </summary>
public sealed class DuoWeekStore(StorageTables tables, TeamWeekFactStore facts)
{
    private const int MaxAttempts = 5;

    private readonly LegacyDuoWeeks legacy = new(tables);

    public async Task<DuoWeek?> GetAsync(string tenantId, string teamId, IsoWeek week, string duoKey, CancellationToken ct)
    {
        var row = await tables.TeamWeekFacts.FindAsync<DuoWeekEntity>(DuoWeekEntity.Partition(tenantId, teamId, week), DuoWeekEntity.Row(duoKey), ct)
            ?? await legacy.FindAsync(tenantId, teamId, week, duoKey, ct);
        return row?.ToDomain();
    }

    /// <summary>
    /// Reads the duo's week for a change, with the week's salt in the same request when this instance does not know it:
    /// one round trip. Only a week not stored in its current place costs a second (the earlier shape).
    /// </summary>
    public async Task<DuoWeekRead> ReadAsync(string tenantId, string teamId, IsoWeek week, string duoKey, CancellationToken ct)
    {
        var partition = DuoWeekEntity.Partition(tenantId, teamId, week);
        var rowKey = DuoWeekEntity.Row(duoKey);
        DuoWeekEntity? row = null;
        if (facts.Salts.TryGetKept(partition, out var salt))
        {
            row = await tables.TeamWeekFacts.FindAsync<DuoWeekEntity>(partition, rowKey, ct);
        }
        else
        {
            salt = null;
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and (RowKey eq {TeamWeekFactEntity.SaltRowKey} or RowKey eq {rowKey})");
            await foreach (var entity in tables.TeamWeekFacts.QueryAsync<TableEntity>(filter, cancellationToken: ct))
            {
                if (entity.RowKey == TeamWeekFactEntity.SaltRowKey)
                {
                    salt = entity.GetString(nameof(TeamWeekFactEntity.Salt));
                    facts.Salts.Keep(partition, salt);
                }
                else
                {
                    row = DuoWeekEntity.Of(entity);
                }
            }
        }

        if (row is not null)
        {
            return new DuoWeekRead(tenantId, teamId, row.ToDomain(), row.ToPlan(), row.ETag, salt);
        }

        var earlier = await legacy.FindAsync(tenantId, teamId, week, duoKey, ct);
        return new DuoWeekRead(tenantId, teamId, earlier?.ToDomain() ?? new DuoWeek(week, duoKey), null, null, salt);
    }

    /// <summary>
    /// Writes <paramref name="updated"/> (with <paramref name="plan"/>, or the plan read) and records
    /// <paramref name="recorded"/> and <paramref name="participantKeys"/> in the same table transaction, guarded by
    /// what <paramref name="read"/> saw. False when the week changed since it was read (read again and decide again).
    /// </summary>
    public async Task<bool> TryWriteAsync(
        DuoWeekRead read, DuoWeek updated, DuoWeekPlan? plan, IReadOnlyList<TeamWeekFact> recorded, IReadOnlyCollection<string> participantKeys, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(updated);
        ArgumentNullException.ThrowIfNull(recorded);
        ArgumentNullException.ThrowIfNull(participantKeys);
        var row = DuoWeekEntity.From(read.TenantId, read.TeamId, updated, plan ?? read.Plan);
        var actions = new List<TableTransactionAction>
        {
            read.ETag is { } etag
                ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, row, etag)
                : new TableTransactionAction(TableTransactionActionType.Add, row),
        };
        return await TrySubmitAsync(row.PartitionKey, read.Salt, actions, recorded, participantKeys, ct);
    }

    /// <summary>
    /// Stores the scheduler's plan with the duo's week and records <paramref name="planned"/>, in one transaction; the
    /// week's state is left as it is. Nothing happens when the week is no longer open.
    /// </summary>
    public async Task PlanAsync(string tenantId, string teamId, IsoWeek week, string duoKey, DuoWeekPlan plan, TeamWeekFact planned, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(plan);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var read = await ReadAsync(tenantId, teamId, week, duoKey, ct);
            var partition = DuoWeekEntity.Partition(tenantId, teamId, week);
            var actions = new List<TableTransactionAction>
            {
                read.ETag is null
                    ? new TableTransactionAction(TableTransactionActionType.Add, DuoWeekEntity.From(tenantId, teamId, read.Week, plan))
                    : new TableTransactionAction(TableTransactionActionType.UpdateMerge, DuoWeekEntity.PlanOnly(partition, DuoWeekEntity.Row(duoKey), plan), ETag.All),
            };
            if (await TrySubmitAsync(partition, read.Salt, actions, [planned], [], ct))
            {
                return;
            }
        }

        throw new StorageConflictException(StorageTables.TeamWeekFactsName, MaxAttempts);
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the duo's week (a fresh one when none is stored) and stores the result
    /// when it says <see cref="DuoWeekChange.Done"/>, retrying after a lost race. Returns the stored week and what happened.
    /// </summary>
    public async Task<(DuoWeek Week, DuoWeekChange Change)> ChangeAsync(
        string tenantId, string teamId, IsoWeek week, string duoKey, Func<DuoWeek, (DuoWeek, DuoWeekChange)> change, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var read = await ReadAsync(tenantId, teamId, week, duoKey, ct);
            var (updated, outcome) = change(read.Week);
            if (outcome != DuoWeekChange.Done)
            {
                return (read.Week, outcome);
            }

            if (await TryWriteAsync(read, updated, null, [], [], ct))
            {
                return (updated, outcome);
            }
        }

        throw new StorageConflictException(StorageTables.TeamWeekFactsName, MaxAttempts);
    }

    /// <summary>Every stored duo week of the team from <paramref name="first"/> to <paramref name="last"/>: one range query over those weeks' partitions.</summary>
    public async Task<IReadOnlyList<DuoWeek>> ListAsync(string tenantId, string teamId, IsoWeek first, IsoWeek last, CancellationToken ct)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey ge {DuoWeekEntity.Partition(tenantId, teamId, first)} and PartitionKey le {DuoWeekEntity.Partition(tenantId, teamId, last)} and RowKey ge {DuoWeekEntity.RowPrefix} and RowKey lt {DuoWeekEntity.RowPrefixEnd}");
        return Newest(await QueryAsync(filter, ct), await legacy.ListAsync(tenantId, teamId, first, last, ct));
    }

    /// <summary>Every stored week of every duo of the team, bounded by the check-in retention.</summary>
    public async Task<IReadOnlyList<DuoWeek>> ListTeamAsync(string tenantId, string teamId, CancellationToken ct)
    {
        var prefix = TableKey.Escape(tenantId) + "|" + TableKey.Escape(teamId);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey gt {prefix + "|"} and PartitionKey lt {prefix + "}"} and RowKey ge {DuoWeekEntity.RowPrefix} and RowKey lt {DuoWeekEntity.RowPrefixEnd}");
        return Newest(await QueryAsync(filter, ct), await legacy.ListTeamAsync(tenantId, teamId, ct));
    }

    /// <summary>Deletes one duo's week, in either place; a week already gone is no error.</summary>
    public async Task DeleteAsync(string tenantId, string teamId, IsoWeek week, string duoKey, CancellationToken ct)
    {
        await Retention.RowSweep.DeleteAsync(tables.TeamWeekFacts, DuoWeekEntity.Partition(tenantId, teamId, week), DuoWeekEntity.Row(duoKey), ct);
        await legacy.DeleteAsync(tenantId, teamId, week, duoKey, ct);
    }

    private async Task<bool> TrySubmitAsync(
        string partition, string? knownSalt, List<TableTransactionAction> actions, IReadOnlyList<TeamWeekFact> recorded, IReadOnlyCollection<string> participantKeys, CancellationToken ct)
    {
        var salt = knownSalt;
        if (recorded.Count + participantKeys.Count > 0 && salt is null)
        {
            // The week's first rows: its salt goes in with them (a salt another writer added first fails the transaction).
            var fresh = TeamWeekSalts.NewRow(partition);
            actions.Add(new TableTransactionAction(TableTransactionActionType.Add, fresh));
            salt = fresh.Salt!;
        }

        if (salt is not null)
        {
            actions.AddRange(TeamWeekFactStore.Upserts(partition, salt, recorded, participantKeys));
        }

        try
        {
            await tables.TeamWeekFacts.SubmitTransactionAsync(actions, ct);
        }
        catch (TableTransactionFailedException e) when (e.Status is 404 or 409 or 412)
        {
            return false;
        }

        if (salt is not null)
        {
            facts.Salts.Keep(partition, salt);
        }

        return true;
    }

    private async Task<List<DuoWeekEntity>> QueryAsync(string filter, CancellationToken ct)
    {
        var rows = new List<DuoWeekEntity>();
        await foreach (var row in tables.TeamWeekFacts.QueryAsync<DuoWeekEntity>(filter, cancellationToken: ct))
        {
            rows.Add(row);
        }

        return rows;
    }

    // A week in both places was changed since the move: the current place has the newer state.
    private static List<DuoWeek> Newest(List<DuoWeekEntity> current, IReadOnlyList<DuoWeekEntity> earlier)
    {
        var weeks = current.Select(r => r.ToDomain()).ToList();
        var seen = weeks.Select(w => (w.Week, w.DuoKey)).ToHashSet();
        weeks.AddRange(earlier.Select(r => r.ToDomain()).Where(w => !seen.Contains((w.Week, w.DuoKey))));
        return weeks;
    }
}
