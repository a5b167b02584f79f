using Azure;
using Azure.Data.Tables;
using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.Pairing;

namespace BreedBot.Storage.Pairing;

/// <summary>
/// A team's duos per rotation, and which rotation is current. The current rotation and its duos
/// are written in entity-group transactions on one partition, the state row last and guarded by
/// its ETag, so two owners pairing at the same moment cannot both win.
/// </summary>
public sealed class DuoStore(StorageTables tables)
{
    private const int MaxBatch = 100;
    private const int MaxChangeAttempts = 5;

    public async Task<DuoRotation?> GetCurrentAsync(string tenantId, string teamId, CancellationToken ct)
    {
        var partition = DuoEntity.Partition(tenantId, teamId);
        var state = await tables.Duos.FindAsync<DuoEntity>(partition, DuoEntity.StateRowKey, ct);
        if (state is null)
        {
            return null;
        }

        var duos = await QueryRotationsAsync(partition, state.Rotation, state.Rotation, ct);
        return new DuoRotation(state.Rotation, state.Seed, state.PairedAt, [.. duos.Select(d => d.ToDuo())])
        {
            SwappedBy = (state.SwappedBy ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries),
            Homes = DuoEntity.HomesOf(duos),
        };
    }

    /// <summary>The duos of the last <paramref name="rotations"/> rotations up to and including the current one.</summary>
    public async Task<PairingHistory> GetHistoryAsync(string tenantId, string teamId, int current, int rotations, CancellationToken ct)
    {
        if (current < 1)
        {
            return PairingHistory.Empty;
        }

        var rows = await QueryRotationsAsync(DuoEntity.Partition(tenantId, teamId), Math.Max(1, current - rotations + 1), current, ct);
        return new PairingHistory([.. rows.Select(r => new PastDuo(r.ToDuo().Members, r.Rotation))]);
    }

    /// <summary>
    /// Stores a new rotation that must directly follow <paramref name="previous"/> (0 for the first).
    /// Returns false when another pairing got there first.
    /// </summary>
    public async Task<bool> TrySaveAsync(string tenantId, string teamId, int previous, DuoRotation rotation, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(rotation);
        var partition = DuoEntity.Partition(tenantId, teamId);
        var state = await tables.Duos.FindAsync<DuoEntity>(partition, DuoEntity.StateRowKey, ct);
        if ((state?.Rotation ?? 0) != previous || rotation.Rotation != previous + 1)
        {
            return false;
        }

        var actions = rotation.Duos
            .Select((duo, i) => new TableTransactionAction(TableTransactionActionType.Add, DuoEntity.From(partition, rotation, i, duo)))
            .ToList();
        var newState = new DuoEntity { PartitionKey = partition, RowKey = DuoEntity.StateRowKey, Rotation = rotation.Rotation, Seed = rotation.Seed, PairedAt = rotation.PairedAt };
        actions.Add(state is null
            ? new TableTransactionAction(TableTransactionActionType.Add, newState)
            : new TableTransactionAction(TableTransactionActionType.UpdateReplace, newState, state.ETag));

        try
        {
            foreach (var batch in actions.Chunk(MaxBatch))
            {
                await tables.Duos.SubmitTransactionAsync(batch, ct);
            }

            return true;
        }
        catch (TableTransactionFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
    }

    /// <summary>
    /// The team's whole duo partition in one query: the current rotation and the <paramref name="rotations"/> up to it
    /// as history, with what a replace needs to be guarded (the state row's ETag, the current rows). Null without a
    /// rotation. One request instead of the state row and then its rotations; the partition grows by a rotation's duos
    /// each rotation (a team of 40: about 130 rows a year).
    /// </summary>
    public async Task<DuoTeamRead?> ReadTeamAsync(string tenantId, string teamId, int rotations, CancellationToken ct)
    {
        var rows = new List<DuoEntity>();
        await foreach (var row in tables.Duos.QueryAsync<DuoEntity>(TableFilters.Partition(DuoEntity.Partition(tenantId, teamId)), cancellationToken: ct))
        {
            rows.Add(row);
        }

        if (rows.FirstOrDefault(r => r.RowKey == DuoEntity.StateRowKey) is not { } state)
        {
            return null;
        }

        var current = rows.Where(r => r.RowKey != DuoEntity.StateRowKey && r.Rotation == state.Rotation).OrderBy(r => r.RowKey, StringComparer.Ordinal).ToList();
        var rotation = new DuoRotation(state.Rotation, state.Seed, state.PairedAt, [.. current.Select(d => d.ToDuo())])
        {
            SwappedBy = (state.SwappedBy ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries),
            Homes = DuoEntity.HomesOf(current),
        };
        var history = new PairingHistory([.. rows.Where(r => r.RowKey != DuoEntity.StateRowKey && r.Rotation > state.Rotation - rotations && r.Rotation <= state.Rotation)
            .Select(r => new PastDuo(r.ToDuo().Members, r.Rotation))]);
        return new DuoTeamRead(tenantId, teamId, rotation, history, state, current);
    }

    /// <summary>Like the other overload, from what <paramref name="read"/> saw: one transaction, no read.</summary>
    public Task<bool> TryReplaceCurrentAsync(DuoTeamRead read, IReadOnlyList<Duo> duos, string? swappedBy, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(duos);
        return ReplaceAsync(DuoEntity.Partition(read.TenantId, read.TeamId), read.State, read.CurrentRows, duos, swappedBy, ct);
    }

    /// <summary>
    /// Replaces the duos of the current rotation (after someone left it). Returns false when the
    /// rotation is no longer current or another change got there first.
    /// </summary>
    public async Task<bool> TryReplaceCurrentAsync(
        string tenantId, string teamId, int rotation, IReadOnlyList<Duo> duos, string? swappedBy, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(duos);
        var partition = DuoEntity.Partition(tenantId, teamId);
        var state = await tables.Duos.FindAsync<DuoEntity>(partition, DuoEntity.StateRowKey, ct);
        if (state is null || state.Rotation != rotation)
        {
            return false;
        }

        var old = await QueryRotationsAsync(partition, rotation, rotation, ct);
        return await ReplaceAsync(partition, state, old, duos, swappedBy, ct);
    }

    private async Task<bool> ReplaceAsync(string partition, DuoEntity state, IReadOnlyList<DuoEntity> old, IReadOnlyList<Duo> duos, string? swappedBy, CancellationToken ct)
    {
        var rotation = state.Rotation;
        var current = new DuoRotation(rotation, state.Seed, state.PairedAt, duos);
        var actions = new List<TableTransactionAction>();
        for (var i = 0; i < duos.Count; i++)
        {
            var row = DuoEntity.From(partition, current, i, duos[i]);
            actions.Add(new TableTransactionAction(i < old.Count ? TableTransactionActionType.UpdateReplace : TableTransactionActionType.Add, row));
        }

        actions.AddRange(old.Skip(duos.Count).Select(row => new TableTransactionAction(TableTransactionActionType.Delete, row)));
        if (swappedBy is not null)
        {
            state.SwappedBy = string.IsNullOrEmpty(state.SwappedBy) ? swappedBy : state.SwappedBy + "," + swappedBy;
        }

        // Rewriting the state row under its ETag is what makes two concurrent repairs collide.
        actions.Add(new TableTransactionAction(TableTransactionActionType.UpdateReplace, state, state.ETag));
        try
        {
            foreach (var batch in actions.Chunk(MaxBatch))
            {
                await tables.Duos.SubmitTransactionAsync(batch, ct);
            }

            return true;
        }
        catch (TableTransactionFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
    }

    /// <summary>
    /// Changes one duo of the current rotation (its members' choice of rhythm): the duo's row and the state row are
    /// rewritten in one transaction under their ETags, so a mend or swap at the same moment and this change cannot both
    /// win; the loser reads again. Returns the duo before and after (the same when <paramref name="change"/> returned it
    /// unchanged: nothing was written), or null when the key names no current duo.
    /// </summary>
    public async Task<ChangedDuo?> ChangeCurrentDuoAsync(string tenantId, string teamId, string duoKey, Func<Duo, Duo> change, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(change);
        var partition = DuoEntity.Partition(tenantId, teamId);
        for (var attempt = 1; attempt <= MaxChangeAttempts; attempt++)
        {
            var state = await tables.Duos.FindAsync<DuoEntity>(partition, DuoEntity.StateRowKey, ct);
            if (state is null)
            {
                return null;
            }

            var row = (await QueryRotationsAsync(partition, state.Rotation, state.Rotation, ct))
                .FirstOrDefault(r => DuoKey.Of(state.Rotation, r.ToDuo().Members) == duoKey);
            if (row is null)
            {
                return null;
            }

            var before = row.ToDuo();
            var after = change(before);
            if (ReferenceEquals(after, before))
            {
                return new ChangedDuo(before, before, state.Rotation, state.PairedAt);
            }

            var written = DuoEntity.From(partition, new DuoRotation(state.Rotation, state.Seed, state.PairedAt, []), 0, after);
            written.RowKey = row.RowKey;
            written.ETag = row.ETag;
            try
            {
                await tables.Duos.SubmitTransactionAsync(
                [
                    new TableTransactionAction(TableTransactionActionType.UpdateReplace, written, row.ETag),
                    new TableTransactionAction(TableTransactionActionType.UpdateReplace, state, state.ETag),
                ], ct);
                return new ChangedDuo(before, after, state.Rotation, state.PairedAt);
            }
            catch (TableTransactionFailedException e) when (e.Status is 409 or 412)
            {
                // Changed since it was read: read again and decide again.
            }
        }

        throw new StorageConflictException(StorageTables.DuosName, MaxChangeAttempts);
    }

    /// <summary>
    /// Takes a person out of the team's duo history (past rotations and who swapped). A past duo
    /// left with one member is deleted: it no longer says anything about pairing.
    /// </summary>
    public async Task EraseMemberAsync(string tenantId, string teamId, string memberKey, CancellationToken ct)
    {
        var partition = DuoEntity.Partition(tenantId, teamId);
        await foreach (var row in tables.Duos.QueryAsync<DuoEntity>(TableFilters.Partition(partition), cancellationToken: ct))
        {
            var members = (row.Members ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
            var swapped = (row.SwappedBy ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
            if (!members.Contains(memberKey) && !swapped.Contains(memberKey))
            {
                continue;
            }

            var left = members.Where(m => m != memberKey).ToArray();
            if (row.RowKey != DuoEntity.StateRowKey && left.Length < 2)
            {
                await tables.Duos.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, ct);
                continue;
            }

            if (row.Homes is not null && row.RowKey != DuoEntity.StateRowKey)
            {
                // A pool trio keeps its other members' own teams, in the order of its members.
                row.Homes = DuoEntity.HomesJson(members.Zip(DuoEntity.HomesOf([row]).Values).Where(p => p.First != memberKey).Select(p => p.Second));
            }

            row.Members = row.RowKey == DuoEntity.StateRowKey ? row.Members : string.Join(',', left);
            row.SwappedBy = string.Join(',', swapped.Where(m => m != memberKey));
            row.EveryTwoWeeksBy = string.Join(',', (row.EveryTwoWeeksBy ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Where(m => m != memberKey));
            await tables.Duos.UpdateEntityAsync(row, ETag.All, TableUpdateMode.Replace, ct);
        }
    }

    private async Task<List<DuoEntity>> QueryRotationsAsync(string partition, int from, int to, CancellationToken ct)
    {
        var low = DuoEntity.RotationPrefix(from);
        var high = DuoEntity.RotationPrefix(to + 1);
        var rows = new List<DuoEntity>();
        await foreach (var row in tables.Duos.QueryAsync<DuoEntity>(TableFilters.RowRange(partition, low, high), cancellationToken: ct))
        {
            rows.Add(row);
        }

        return rows;
    }
}
