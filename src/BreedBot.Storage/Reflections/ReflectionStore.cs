using BreedBot.Domain.Reflections;

namespace BreedBot.Storage.Reflections;

/// <summary>
/// Reflections, one partition per author. Every read names tenant and author, so nobody reaches
/// another person's reflection by guessing an id. Writes are guarded by the ETag that was read.
/// </summary>
public sealed class ReflectionStore(StorageTables tables)
{
    public async Task<StoredReflection?> GetAsync(string tenantId, string authorKey, string id, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(id))
        {
            return null;
        }

        var entity = await tables.Reflections.FindAsync<ReflectionEntity>(ReflectionEntity.Partition(tenantId, authorKey), TableKey.Escape(id), ct);
        return entity is null ? null : new StoredReflection(entity.ToDomain(), entity.ETag, entity.FollowUpDue, entity.NudgeDue);
    }

    /// <summary>Every reflection of one author: a single-partition query.</summary>
    public async Task<IReadOnlyList<StoredReflection>> ListAsync(string tenantId, string authorKey, CancellationToken ct)
    {
        var partition = ReflectionEntity.Partition(tenantId, authorKey);
        var found = new List<StoredReflection>();
        await foreach (var entity in tables.Reflections.QueryAsync<ReflectionEntity>(TableFilters.Partition(partition), cancellationToken: ct))
        {
            found.Add(new StoredReflection(entity.ToDomain(), entity.ETag, entity.FollowUpDue, entity.NudgeDue));
        }

        return found;
    }

    public Task<bool> TryAddAsync(Reflection reflection, CancellationToken ct) =>
        TryAddAsync(reflection, null, ct);

    /// <summary>Adds a reflection that is done at once (a short one, a step from a duo moment), with when its follow-up is due.</summary>
    public Task<bool> TryAddAsync(Reflection reflection, DateTimeOffset? followUpDue, CancellationToken ct) =>
        tables.Reflections.TryAddAsync(ReflectionEntity.From(reflection, followUpDue, null), ct);

    /// <summary>Replaces the row only if nobody changed it since <paramref name="read"/>; false on a lost race.</summary>
    public Task<bool> TryReplaceAsync(StoredReflection read, Reflection updated, DateTimeOffset? followUpDue, DateTimeOffset? nudgeDue, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(read);
        return tables.Reflections.TryReplaceAsync(ReflectionEntity.From(updated, followUpDue, nudgeDue), read.ETag, ct);
    }

    public async Task DeleteAsync(string tenantId, string authorKey, string id, CancellationToken ct) =>
        await tables.Reflections.DeleteEntityAsync(ReflectionEntity.Partition(tenantId, authorKey), TableKey.Escape(id), Azure.ETag.All, ct);
}
