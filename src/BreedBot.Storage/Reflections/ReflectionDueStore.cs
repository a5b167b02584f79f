using Azure;
using Azure.Data.Tables;

namespace BreedBot.Storage.Reflections;

/// <summary>
/// The index of reflections that need attention at a moment (follow-ups, unsafety reminders),
/// partitioned by due date so that finding what is due is a few single-partition queries. The
/// scheduler turns each entry into an occurrence and claims it (OccurrenceClaims), so this index
/// only says what and when. An entry is written before its reflection, so it can point at a state
/// that never came (the reader checks the reflection); it is removed once handled or missed.
/// </summary>
public sealed class ReflectionDueStore(StorageTables tables)
{
    /// <summary>How far back entries are still looked for (the bot may have been down).</summary>
    public static readonly int LookbackDays = 7;

    public async Task AddAsync(ReflectionDue due, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(due);
        await tables.ReflectionsDue.UpsertEntityAsync(ReflectionDueEntity.From(due), TableUpdateMode.Replace, ct);
    }

    /// <summary>Entries due at or before <paramref name="now"/> in the last <see cref="LookbackDays"/> days, oldest day first.</summary>
    public async Task<IReadOnlyList<ReflectionDue>> DueAsync(DateTimeOffset now, CancellationToken ct)
    {
        var found = new List<ReflectionDue>();
        for (var day = LookbackDays; day >= 0; day--)
        {
            var partition = ReflectionDueEntity.Partition(now.AddDays(-day));
            await foreach (var entity in tables.ReflectionsDue.QueryAsync<ReflectionDueEntity>(TableFilters.Partition(partition), cancellationToken: ct))
            {
                if (entity.DueAt <= now)
                {
                    found.Add(entity.ToDomain());
                }
            }
        }

        return found;
    }

    /// <summary>
    /// The entry for one reflection's follow-up round or reminder due at <paramref name="dueAt"/>, found
    /// without knowing its author (occurrence ids never name a person): one partition, filtered on the server.
    /// </summary>
    public async Task<ReflectionDue?> FindAsync(ReflectionDueKind kind, string tenantId, string reflectionId, int round, DateTimeOffset dueAt, CancellationToken ct)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {ReflectionDueEntity.Partition(dueAt)} and Kind eq {kind.ToString()} and TenantId eq {tenantId} and ReflectionId eq {reflectionId} and Round eq {round}");
        await foreach (var entity in tables.ReflectionsDue.QueryAsync<ReflectionDueEntity>(filter, cancellationToken: ct))
        {
            return entity.ToDomain();
        }

        return null;
    }

    public async Task RemoveAsync(ReflectionDue due, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(due);
        await tables.ReflectionsDue.DeleteEntityAsync(ReflectionDueEntity.Partition(due.DueAt), ReflectionDueEntity.Row(due), ETag.All, ct);
    }
}
