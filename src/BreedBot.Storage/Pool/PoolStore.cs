using Azure;
using BreedBot.Domain.Teams;
using BreedBot.Storage.Teams;

namespace BreedBot.Storage.Pool;

/// <summary>
/// Which teams are in their organisation's pool (table PoolTeams): one partition per tenant, so a tenant's pool is one
/// single-partition query and no request can reach another tenant's pool. Only the team's id and since when: who
/// decided is in the team's settings audit.
/// <para>
/// The team's own row carries the same fact (<see cref="TeamInstallation.Pooled"/>), so a turn that reads the team row
/// anyway (the join and profile cards) needs no request here. This table stays the list of record; the row's flag is
/// copied from it after every change (<see cref="RecordOnTeamRowAsync"/>). Rows written before the flag existed have
/// none: they are migrated as they are used, not all at once — a reader without the flag asks this table once
/// (<see cref="IsPooledAsync(TeamInstallation, CancellationToken)"/>) and records the answer on the row, so no startup
/// step has to finish before a turn can trust what it reads.
/// </para>
/// </summary>
public sealed class PoolStore(StorageTables tables)
{
    private const int MaxAttempts = 5;

    public async Task<bool> IsPooledAsync(string tenantId, string teamId, CancellationToken ct) =>
        await tables.PoolTeams.FindAsync<PoolTeamEntity>(TableKey.Escape(tenantId), TableKey.Escape(teamId), ct) is not null;

    /// <summary>Whether the team is in the pool: its row's flag, or this table when the row has none yet.</summary>
    public ValueTask<bool> IsPooledAsync(TeamInstallation team, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(team);
        return team.Pooled is { } known ? ValueTask.FromResult(known) : new(IsPooledAsync(team.TenantId, team.TeamId, ct));
    }

    /// <summary>
    /// Copies whether the team is in this table onto the team's row. The list is read after the row and the row written
    /// under the ETag it had, always (also when unchanged): a copy made from an older look at the list then fails against
    /// the write of whoever changed the list later, and is made again — so after two owners press join and leave at once
    /// the row ends as the list does. With <paramref name="onlyWhenUnknown"/> a row that has the flag is left alone (the
    /// migration of a row from before it). False when the team has no row.
    /// </summary>
    public async Task<bool> RecordOnTeamRowAsync(string tenantId, string teamId, bool onlyWhenUnknown, CancellationToken ct)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var row = await tables.Teams.FindAsync<TeamEntity>(TableKey.Escape(tenantId), TableKey.Escape(teamId), ct);
            if (row is null || (onlyWhenUnknown && row.Pooled is not null))
            {
                return row is not null;
            }

            row.Pooled = await IsPooledAsync(tenantId, teamId, ct);
            if (await tables.Teams.TryReplaceAsync(row, row.ETag, ct))
            {
                return true;
            }
        }

        throw new StorageConflictException(StorageTables.TeamsName, MaxAttempts);
    }

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
