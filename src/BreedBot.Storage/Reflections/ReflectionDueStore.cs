using Azure;
using Azure.Data.Tables;

namespace BreedBot.Storage.Reflections;

/// <summary>
/// The index of reflections that need attention at a moment (follow-ups, unsafety reminders),
/// partitioned by due date so that finding what is due is a few single-partition queries.
/// An entry is written before its reflection, so it can point at nothing (the reader checks the
/// reflection); it is claimed by marking it under its ETag, so only one instance acts on it, and
/// removed once handled. A claim left by an instance that stopped midway is taken over after a while.
/// </summary>
public sealed class ReflectionDueStore(StorageTables tables)
{
    /// <summary>How far back unclaimed entries are still looked for (the bot may have been down).</summary>
    public static readonly int LookbackDays = 7;

    private static readonly TimeSpan ClaimTakenOverAfter = TimeSpan.FromMinutes(10);

    public async Task AddAsync(ReflectionDue due, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(due);
        await tables.ReflectionsDue.UpsertEntityAsync(ReflectionDueEntity.From(due), TableUpdateMode.Replace, ct);
    }

    /// <summary>Entries due at or before <paramref name="now"/>, oldest day first.</summary>
    public async Task<IReadOnlyList<(ReflectionDue Due, ETag ETag)>> DueAsync(DateTimeOffset now, CancellationToken ct)
    {
        var found = new List<(ReflectionDue, ETag)>();
        for (var day = LookbackDays; day >= 0; day--)
        {
            var partition = ReflectionDueEntity.Partition(now.AddDays(-day));
            await foreach (var entity in tables.ReflectionsDue.QueryAsync<ReflectionDueEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition} and DueAt le {now}"), cancellationToken: ct))
            {
                if (entity.ClaimedAt is null || entity.ClaimedAt <= now - ClaimTakenOverAfter)
                {
                    found.Add((entity.ToDomain(), entity.ETag));
                }
            }
        }

        return found;
    }

    /// <summary>True for the one caller whose mark under the read ETag succeeded.</summary>
    public async Task<bool> TryClaimAsync(ReflectionDue due, ETag etag, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(due);
        var claim = new TableEntity(ReflectionDueEntity.Partition(due.DueAt), ReflectionDueEntity.Row(due)) { ["ClaimedAt"] = now };
        try
        {
            await tables.ReflectionsDue.UpdateEntityAsync(claim, etag, TableUpdateMode.Merge, ct);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            return false;
        }
    }

    public async Task RemoveAsync(ReflectionDue due, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(due);
        await tables.ReflectionsDue.DeleteEntityAsync(ReflectionDueEntity.Partition(due.DueAt), ReflectionDueEntity.Row(due), ETag.All, ct);
    }
}
