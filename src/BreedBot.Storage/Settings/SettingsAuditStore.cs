using Azure;
using Azure.Data.Tables;
using BreedBot.Domain.Settings;

namespace BreedBot.Storage.Settings;

/// <summary>
/// Who changed which team setting when, old → new: one partition per team, newest first. Rows are
/// only added; the one rewrite is erasure, which replaces a person's key with
/// <see cref="SettingsAuditEntry.ErasedKey"/> so the team keeps the record of the change.
/// </summary>
public sealed class SettingsAuditStore(StorageTables tables)
{
    private TableClient Table => tables.SettingsAudit;

    /// <summary>Records the changes of one submit in one transaction (a submit has at most one row per field).</summary>
    public async Task RecordAsync(string tenantId, string teamId, string actorKey, DateTimeOffset at, IReadOnlyList<SettingChange> changes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return;
        }

        var actions = changes.Select((change, i) => new TableTransactionAction(
            TableTransactionActionType.UpsertReplace, SettingsAuditEntity.From(tenantId, teamId, i, new SettingsAuditEntry(actorKey, at, change))));
        await Table.SubmitTransactionAsync(actions, ct);
    }

    /// <summary>
    /// Copies the changes saved with the team's row (<see cref="PendingAudit"/>) into this table and empties the column,
    /// under the row's ETag: a change saved meanwhile stays for the next flush. Harmless when run twice (an entry's row key
    /// is its moment and place in the submit). Returns how many were copied.
    /// </summary>
    public async Task<int> FlushPendingAsync(string tenantId, string teamId, CancellationToken ct)
    {
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var team = await tables.Teams.FindAsync<Teams.TeamEntity>(TableKey.Escape(tenantId), TableKey.Escape(teamId), ct);
            var pending = PendingAudit.Parse(team?.PendingAudit);
            if (team is null || pending.Count == 0)
            {
                return 0;
            }

            foreach (var submit in pending.GroupBy(e => (e.ActorKey, e.ChangedAt)))
            {
                await RecordAsync(tenantId, teamId, submit.Key.ActorKey, submit.Key.ChangedAt, [.. submit.Select(e => e.Change)], ct);
            }

            team.PendingAudit = null;
            if (await tables.Teams.TryReplaceAsync(team, team.ETag, ct))
            {
                return pending.Count;
            }
        }

        throw new StorageConflictException(StorageTables.TeamsName, 5);
    }

    /// <summary>The newest <paramref name="max"/> changes of the team.</summary>
    public async Task<IReadOnlyList<SettingsAuditEntry>> ListRecentAsync(string tenantId, string teamId, int max, CancellationToken ct)
    {
        var entries = new List<SettingsAuditEntry>(max);
        await foreach (var row in Table.QueryAsync<SettingsAuditEntity>(TableFilters.Partition(SettingsAuditEntity.Partition(tenantId, teamId)), maxPerPage: max, cancellationToken: ct))
        {
            if (row.ToDomain() is { } entry)
            {
                entries.Add(entry);
            }

            if (entries.Count == max)
            {
                break;
            }
        }

        return entries;
    }

    /// <summary>The team's rows that name the person: as the one who changed something, or as the aandachtsfunctionaris chosen or replaced.</summary>
    public async Task<IReadOnlyList<SettingsAuditEntry>> ListNamingAsync(string tenantId, string teamId, string memberKey, CancellationToken ct)
    {
        var entries = new List<SettingsAuditEntry>();
        await foreach (var row in QueryNamingAsync(tenantId, teamId, memberKey, ct))
        {
            if (row.ToDomain() is { } entry)
            {
                entries.Add(entry);
            }
        }

        return entries;
    }

    /// <summary>Replaces the person's key in the team's rows with <see cref="SettingsAuditEntry.ErasedKey"/>. Harmless when run twice.</summary>
    public async Task<int> AnonymiseAsync(string tenantId, string teamId, string memberKey, CancellationToken ct)
    {
        var rows = new List<SettingsAuditEntity>();
        await foreach (var row in QueryNamingAsync(tenantId, teamId, memberKey, ct))
        {
            rows.Add(row);
        }

        foreach (var row in rows)
        {
            row.ActorKey = Erased(row.ActorKey, memberKey);
            row.OldValue = Erased(row.OldValue, memberKey);
            row.NewValue = Erased(row.NewValue, memberKey);
            try
            {
                await Table.UpdateEntityAsync(row, ETag.All, TableUpdateMode.Replace, ct);
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                // The team's data was purged meanwhile: nothing left to anonymise.
            }
        }

        return rows.Count;
    }

    private AsyncPageable<SettingsAuditEntity> QueryNamingAsync(string tenantId, string teamId, string memberKey, CancellationToken ct) =>
        Table.QueryAsync<SettingsAuditEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {SettingsAuditEntity.Partition(tenantId, teamId)} and (ActorKey eq {memberKey} or OldValue eq {memberKey} or NewValue eq {memberKey})"),
            cancellationToken: ct);

    private static string Erased(string value, string memberKey) =>
        string.Equals(value, memberKey, StringComparison.Ordinal) ? SettingsAuditEntry.ErasedKey : value;
}
