using Azure.Data.Tables;
using BreedBot.Domain.Members;

namespace BreedBot.Storage.Members;

/// <summary>
/// The people of each team and their join answers (table Members), with an index from a person to
/// their teams (table Memberships). Changes are read-modify-write guarded by the row's ETag.
/// </summary>
public sealed class MemberStore(StorageTables tables, TimeProvider time)
{
    private const int MaxAttempts = 5;

    public async Task<TeamMember?> GetAsync(string tenantId, string teamId, string memberKey, CancellationToken ct)
    {
        var entity = await tables.Members.FindAsync<MemberEntity>(MemberEntity.Partition(tenantId, teamId), TableKey.Escape(memberKey), ct);
        return entity?.ToDomain();
    }

    /// <summary>
    /// Some members of one team by key, in one request (a query naming each row key): the ones without a row are
    /// missing from the answer. For a handful of keys, e.g. a duo's members.
    /// </summary>
    public async Task<MemberRows> ReadAsync(string tenantId, string teamId, IReadOnlyCollection<string> memberKeys, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(memberKeys);
        return memberKeys.Count == 0
            ? new MemberRows([])
            : await QueryAsync(TableFilters.RowKeys(MemberEntity.Partition(tenantId, teamId), memberKeys.Select(TableKey.Escape)), ct);
    }

    /// <summary>Every member of one team, as read for a change: a single-partition query.</summary>
    public Task<MemberRows> ReadTeamAsync(string tenantId, string teamId, CancellationToken ct) =>
        QueryAsync(TableFilters.Partition(MemberEntity.Partition(tenantId, teamId)), ct);

    /// <summary>Every member of one team: a single-partition query.</summary>
    public async Task<IReadOnlyList<TeamMember>> ListTeamAsync(string tenantId, string teamId, CancellationToken ct) =>
        (await ReadTeamAsync(tenantId, teamId, ct)).Members;

    /// <summary>The teams a person is (or was) a member of, with their names.</summary>
    public async Task<IReadOnlyList<(string TeamId, string? TeamName)>> ListTeamsOfAsync(string tenantId, string memberKey, CancellationToken ct)
    {
        var partition = MembershipEntity.Partition(tenantId, memberKey);
        var teams = new List<(string, string?)>();
        await foreach (var entity in tables.Memberships.QueryAsync<MembershipEntity>(TableFilters.Partition(partition), cancellationToken: ct))
        {
            teams.Add((entity.TeamId, entity.TeamName));
        }

        return teams;
    }

    /// <summary>
    /// Makes sure a person in the team's roster has a row. Returns true when they should get an
    /// invitation: they are new, or came back after being removed. A new row takes the person's Teams
    /// time zone from another team's row of theirs.
    /// </summary>
    public async Task<bool> EnsureInvitedAsync(string tenantId, string teamId, string? teamName, string memberKey, string teamsUserId, string? name, string? userPrincipalName, CancellationToken ct)
    {
        await tables.Memberships.UpsertEntityAsync(
            new MembershipEntity { PartitionKey = MembershipEntity.Partition(tenantId, memberKey), RowKey = TableKey.Escape(teamId), TeamId = teamId, TeamName = teamName },
            TableUpdateMode.Replace,
            ct);

        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var existing = await tables.Members.FindAsync<MemberEntity>(MemberEntity.Partition(tenantId, teamId), TableKey.Escape(memberKey), ct);
            if (existing is null)
            {
                var fresh = new TeamMember(tenantId, teamId, memberKey, teamsUserId, name, MembershipStatus.Invited, null, null, time.GetUtcNow(), userPrincipalName)
                {
                    TimeZoneId = await KnownTimeZoneAsync(tenantId, teamId, memberKey, ct),
                };
                if (await tables.Members.TryAddAsync(MemberEntity.From(fresh), ct))
                {
                    return true;
                }

                continue;
            }

            if (existing.Status != nameof(MembershipStatus.Removed))
            {
                return false;
            }

            existing.Status = nameof(MembershipStatus.Invited);
            existing.StatusChangedAt = time.GetUtcNow();
            if (await tables.Members.TryReplaceAsync(existing, existing.ETag, ct))
            {
                return true;
            }
        }

        throw new StorageConflictException(StorageTables.MembersName, MaxAttempts);
    }

    /// <summary>
    /// Like <see cref="UpdateAsync(string, string, string, Func{TeamMember, DateTimeOffset, TeamMember}, CancellationToken)"/>,
    /// starting from the row as <paramref name="read"/> saw it: one write when nobody changed it since, else the usual
    /// read-modify-write.
    /// </summary>
    public async Task<TeamMember?> UpdateAsync(MemberRows read, string memberKey, Func<TeamMember, DateTimeOffset, TeamMember> change, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(change);
        if (read.Find(memberKey) is not { } current || read.TagOf(memberKey) is not { } etag)
        {
            return null;
        }

        var updated = change(current, time.GetUtcNow());
        if (updated == current || await tables.Members.TryReplaceAsync(MemberEntity.From(updated), etag, ct))
        {
            return updated;
        }

        return await UpdateAsync(current.TenantId, current.TeamId, memberKey, change, ct);
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the member's current state and stores the result, retrying
    /// on a concurrent write. Returns the stored state, or null when there is no such member.
    /// A change that returns its input unchanged writes nothing.
    /// </summary>
    public async Task<TeamMember?> UpdateAsync(string tenantId, string teamId, string memberKey, Func<TeamMember, DateTimeOffset, TeamMember> change, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var existing = await tables.Members.FindAsync<MemberEntity>(MemberEntity.Partition(tenantId, teamId), TableKey.Escape(memberKey), ct);
            if (existing is null)
            {
                return null;
            }

            var current = existing.ToDomain();
            var updated = change(current, time.GetUtcNow());
            if (updated == current || await tables.Members.TryReplaceAsync(MemberEntity.From(updated), existing.ETag, ct))
            {
                return updated;
            }
        }

        throw new StorageConflictException(StorageTables.MembersName, MaxAttempts);
    }

    /// <summary>
    /// Erases a person from one team: their row goes, and their key leaves every colleague's
    /// "not with" list (it names them, and means nothing once they are gone).
    /// </summary>
    public async Task EraseFromTeamAsync(string tenantId, string teamId, string memberKey, CancellationToken ct)
    {
        foreach (var colleague in await ListTeamAsync(tenantId, teamId, ct))
        {
            if (colleague.Profile?.NotWith.Contains(memberKey) == true)
            {
                await UpdateAsync(tenantId, teamId, colleague.MemberKey,
                    (m, _) => m with { Profile = m.Profile! with { NotWith = [.. m.Profile.NotWith.Where(k => k != memberKey)] } }, ct);
            }
        }

        await DeleteIfExistsAsync(tables.Members, MemberEntity.Partition(tenantId, teamId), TableKey.Escape(memberKey), ct);
        await DeleteIfExistsAsync(tables.Memberships, MembershipEntity.Partition(tenantId, memberKey), TableKey.Escape(teamId), ct);
    }

    private async Task<MemberRows> QueryAsync(string filter, CancellationToken ct)
    {
        var rows = new List<(TeamMember, Azure.ETag)>();
        await foreach (var entity in tables.Members.QueryAsync<MemberEntity>(filter, cancellationToken: ct))
        {
            rows.Add((entity.ToDomain(), entity.ETag));
        }

        return new MemberRows(rows);
    }

    // The zone is the person's, kept on each of their rows and written only when Teams reports a change,
    // so a row created later has to take it from a row they already have.
    private async Task<string?> KnownTimeZoneAsync(string tenantId, string teamId, string memberKey, CancellationToken ct)
    {
        foreach (var (otherTeamId, _) in await ListTeamsOfAsync(tenantId, memberKey, ct))
        {
            if (otherTeamId != teamId && await GetAsync(tenantId, otherTeamId, memberKey, ct) is { TimeZoneId: { } zone })
            {
                return zone;
            }
        }

        return null;
    }

    private static async Task DeleteIfExistsAsync(TableClient table, string partitionKey, string rowKey, CancellationToken ct)
    {
        // A 404 is fine: erasing twice is harmless.
        await table.DeleteEntityAsync(partitionKey, rowKey, Azure.ETag.All, ct);
    }
}
