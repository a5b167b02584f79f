using Azure.Data.Tables;

namespace BreedBot.Storage.Retention;

/// <summary>
/// Deletes everything a team left behind once its grace period after removal is over. Team data
/// lives in partitions keyed "tenant|team" or "tenant|team|…" in any table, so the purge follows
/// that key rule rather than a list of stores: a table added later is covered by following it.
/// Rows about people (reflections, chat addresses) are theirs, not the team's, and stay.
/// </summary>
public sealed class TeamDataPurge(StorageTables tables)
{
    /// <summary>Deletes the team's rows and its Teams row last, so a purge cut short is simply run again. Returns how many rows went.</summary>
    public async Task<int> PurgeAsync(string tenantId, string teamId, CancellationToken ct)
    {
        var partition = TableKey.Escape(tenantId) + "|" + TableKey.Escape(teamId);
        var deleted = 0;
        foreach (var table in tables.Each().Where(t => t != tables.Teams && t != tables.PoolTeams))
        {
            // Exactly the team's partition, or one that continues it after the separator: "|" sorts
            // before "}", so the range ["p|", "p}") holds exactly the keys that start with "p|".
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} or (PartitionKey ge {partition + "|"} and PartitionKey lt {partition + "}"})");
            deleted += await DeleteAsync(table, filter, ct);
        }

        // The index from a person to their teams points at this team from the person's partition.
        var tenantPrefix = TableKey.Escape(tenantId) + "|";
        var escapedTeam = TableKey.Escape(teamId);
        deleted += await DeleteAsync(tables.Memberships,
            TableClient.CreateQueryFilter($"PartitionKey ge {tenantPrefix} and PartitionKey lt {TableKey.Escape(tenantId) + "}"} and RowKey eq {escapedTeam}"), ct);

        // The tenant's pool names the team in the tenant's partition, as the Teams table does.
        deleted += await DeleteAsync(tables.PoolTeams, TableClient.CreateQueryFilter($"PartitionKey eq {TableKey.Escape(tenantId)} and RowKey eq {escapedTeam}"), ct);
        deleted += await DeleteAsync(tables.Teams, TableClient.CreateQueryFilter($"PartitionKey eq {TableKey.Escape(tenantId)} and RowKey eq {escapedTeam}"), ct);
        return deleted;
    }

    private static Task<int> DeleteAsync(TableClient table, string filter, CancellationToken ct) => RowSweep.DeleteAsync(table, filter, ct);
}
