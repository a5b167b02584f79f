using Azure;
using Azure.Data.Tables;

namespace BreedBot.Storage.Reflections;

/// <summary>
/// The partner's side of sharing: which authors' reflections were shared with them. The answers and
/// the partner's response live on the author's row; this index lets the partner's own data be
/// listed and erased without scanning other people's partitions. Written before the author's row,
/// so an entry may point at a reflection that is gone (readers skip it).
/// </summary>
public sealed class ReflectionShareStore(StorageTables tables)
{
    public async Task AddAsync(ReflectionShare share, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(share);
        await tables.ReflectionShares.UpsertEntityAsync(ReflectionShareEntity.From(share), TableUpdateMode.Replace, ct);
    }

    /// <summary>Everything shared with one partner: a single-partition query.</summary>
    public async Task<IReadOnlyList<ReflectionShare>> ListAsync(string tenantId, string partnerKey, CancellationToken ct)
    {
        var found = new List<ReflectionShare>();
        await foreach (var entity in tables.ReflectionShares.QueryAsync<ReflectionShareEntity>(TableFilters.Partition(ReflectionShareEntity.Partition(tenantId, partnerKey)), cancellationToken: ct))
        {
            found.Add(entity.ToDomain());
        }

        return found;
    }

    public async Task RemoveAsync(string tenantId, string partnerKey, string authorKey, string reflectionId, CancellationToken ct) =>
        await tables.ReflectionShares.DeleteEntityAsync(ReflectionShareEntity.Partition(tenantId, partnerKey), ReflectionShareEntity.Row(authorKey, reflectionId), ETag.All, ct);
}
