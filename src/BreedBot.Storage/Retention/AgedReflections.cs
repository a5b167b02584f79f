using Azure.Data.Tables;
using BreedBot.Domain.Reflections;
using BreedBot.Storage.Reflections;

namespace BreedBot.Storage.Retention;

/// <summary>
/// Finds reflections retention may delete: unfinished ones started long ago, and finished ones
/// whose last change is older than the shortest period any team may choose. Which period applies to
/// a finished one depends on its author's teams, so the rule decides; this only narrows the scan.
/// </summary>
public sealed class AgedReflections(StorageTables tables)
{
    /// <summary>Unfinished reflections started at or before <paramref name="startedBy"/>, finished ones last changed at or before <paramref name="changedBy"/>.</summary>
    public async Task<IReadOnlyList<AgedReflection>> ListAsync(DateTimeOffset startedBy, DateTimeOffset changedBy, CancellationToken ct)
    {
        // UpdatedAt is never before CompletedAt, so CompletedAt ≤ cutoff is a safe first cut; rows
        // written before UpdatedAt existed count from CompletedAt.
        var done = (int)ReflectionStep.Done;
        var filter = TableClient.CreateQueryFilter(
            $"(Step ne {done} and StartedAt le {startedBy}) or (Step eq {done} and CompletedAt le {changedBy})");
        var aged = new List<AgedReflection>();
        await foreach (var row in tables.Reflections.QueryAsync<ReflectionEntity>(
            filter, select: ["PartitionKey", "RowKey", "Step", "StartedAt", "CompletedAt", "UpdatedAt", "Document"], cancellationToken: ct))
        {
            var completed = row.Step == done;
            var countsFrom = completed ? row.UpdatedAt ?? row.CompletedAt ?? row.StartedAt : row.StartedAt;
            if (completed && countsFrom > changedBy)
            {
                continue;
            }

            var (tenantId, authorKey) = SplitPartition(row.PartitionKey);
            aged.Add(new AgedReflection(tenantId, authorKey, TableKey.Unescape(row.RowKey), completed, countsFrom)
            {
                SharedWith = row.Document.Length > 0 ? row.ToDomain().SharedWith : [],
            });
        }

        return aged;
    }

    /// <summary>Deletes the partners' index rows first, so a run cut short leaves no index row without its reflection.</summary>
    public async Task DeleteAsync(AgedReflection reflection, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reflection);
        foreach (var partner in reflection.SharedWith)
        {
            await RowSweep.DeleteAsync(tables.ReflectionShares, ReflectionShareEntity.Partition(reflection.TenantId, partner), ReflectionShareEntity.Row(reflection.AuthorKey, reflection.Id), ct);
        }

        await RowSweep.DeleteAsync(tables.Reflections, ReflectionEntity.Partition(reflection.TenantId, reflection.AuthorKey), TableKey.Escape(reflection.Id), ct);
    }

    private static (string TenantId, string AuthorKey) SplitPartition(string partitionKey)
    {
        // An escaped id holds no '|', so the one separator splits tenant from author exactly.
        var separator = partitionKey.IndexOf('|', StringComparison.Ordinal);
        return (TableKey.Unescape(partitionKey[..separator]), TableKey.Unescape(partitionKey[(separator + 1)..]));
    }
}
