using Azure;

namespace BreedBot.Storage.Pool;

/// <summary>
/// Which teams are in their organisation's pool (table PoolTeams): one partition per tenant, so a tenant's pool is one
/// single-partition query and no request can reach another tenant's pool. Only the team's id and since when: who
/// decided is in the team's settings audit.
/// </summary>
public sealed class PoolStore(StorageTables tables)
{
    public async Task<bool> IsPooledAsync(string tenantId, string teamId, CancellationToken ct) =>
        await tables.PoolTeams.FindAsync<PoolTeamEntity>(TableKey.Escape(tenantId), TableKey.Escape(teamId), ct) is not null;

    /// <summary>The team joins the pool; joining twice keeps the first moment. False when it was already in.</summary>
    public Task<bool> JoinAsync(string tenantId, string teamId, DateTimeOffset now, CancellationToken ct) =>
        tables.PoolTeams.TryAddAsync(new PoolTeamEntity
        {
            PartitionKey = TableKey.Escape(tenantId),
            RowKey = TableKey.Escape(teamId),
            TenantId = tenantId,
            TeamId = teamId,
            JoinedAt = now,
        }, ct);

    /// <summary>The team leaves the pool. False when it was not in.</summary>
    public async Task<bool> LeaveAsync(string tenantId, string teamId, CancellationToken ct)
    {
        // The SDK answers a delete of a missing row without throwing; its status says which it was.
        var response = await tables.PoolTeams.DeleteEntityAsync(TableKey.Escape(tenantId), TableKey.Escape(teamId), ETag.All, ct);
        return response.Status != 404;
    }

    /// <summary>The tenant's pooled teams: one single-partition query.</summary>
    public async Task<IReadOnlyList<string>> ListTeamsAsync(string tenantId, CancellationToken ct)
    {
        var teams = new List<string>();
        await foreach (var row in tables.PoolTeams.QueryAsync<PoolTeamEntity>(TableFilters.Partition(TableKey.Escape(tenantId)), cancellationToken: ct))
        {
            teams.Add(row.TeamId);
        }

        return teams;
    }

    /// <summary>The tenants that have a pool of at least two teams (a scan of a small table, for the scheduler only).</summary>
    public async Task<IReadOnlyList<string>> ListPoolTenantsAsync(CancellationToken ct)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        await foreach (var row in tables.PoolTeams.QueryAsync<PoolTeamEntity>(select: [nameof(PoolTeamEntity.TenantId)], cancellationToken: ct))
        {
            counts[row.TenantId] = counts.GetValueOrDefault(row.TenantId) + 1;
        }

        return [.. counts.Where(c => c.Value >= PoolMinimumTeams).Select(c => c.Key)];
    }

    /// <summary>A pool of one team pairs nobody: the pool is for a partner from another team.</summary>
    public const int PoolMinimumTeams = 2;
}
