using Azure;
using Azure.Data.Tables;
using BreedBot.Domain.CourageStories;
using BreedBot.Domain.TeamWeeks;

namespace BreedBot.Storage.CourageStories;

/// <summary>
/// The courage stories offered for a team's summary (table CourageStories), one partition per team:
/// a summary reads one partition, a person's own stories are one filtered partition query per team.
/// Taking a story for a summary and withdrawing it are both guarded by the row's ETag, so a story
/// withdrawn at the moment the summary is built is either shown or gone, never both.
/// </summary>
public sealed class CourageStoryStore(StorageTables tables)
{
    private const int MaxAttempts = 3;

    public Task<bool> AddAsync(CourageStory story, CancellationToken ct) =>
        tables.CourageStories.TryAddAsync(CourageStoryEntity.From(story), ct);

    /// <summary>Every story of the team, waiting or shown: one single-partition query.</summary>
    public async Task<IReadOnlyList<CourageStory>> ListAsync(string tenantId, string teamId, CancellationToken ct) =>
        [.. (await RowsAsync(TableFilters.Partition(CourageStoryEntity.Partition(tenantId, teamId)), ct)).Select(r => r.ToStory())];

    /// <summary>The person's waiting stories in one team (shown ones no longer carry their key).</summary>
    public async Task<IReadOnlyList<CourageStory>> ListByAuthorAsync(string tenantId, string teamId, string authorKey, CancellationToken ct)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {CourageStoryEntity.Partition(tenantId, teamId)} and AuthorKey eq {authorKey}");
        return [.. (await RowsAsync(filter, ct)).Select(r => r.ToStory())];
    }

    /// <summary>Deletes the person's story if it is still waiting. False when it is not theirs, already shown, or gone.</summary>
    public async Task<bool> WithdrawAsync(string tenantId, string teamId, string storyId, string authorKey, CancellationToken ct)
    {
        var row = await tables.CourageStories.FindAsync<CourageStoryEntity>(CourageStoryEntity.Partition(tenantId, teamId), TableKey.Escape(storyId), ct);
        if (row is null || row.PostedWeek is not null || row.AuthorKey != authorKey)
        {
            return false;
        }

        return await TryDeleteAsync(row, row.ETag, ct);
    }

    /// <summary>Deletes every waiting story of the person in the team; returns how many.</summary>
    public async Task<int> EraseAuthorAsync(string tenantId, string teamId, string authorKey, CancellationToken ct)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {CourageStoryEntity.Partition(tenantId, teamId)} and AuthorKey eq {authorKey}");
        var erased = 0;
        foreach (var row in await RowsAsync(filter, ct))
        {
            erased += await TryDeleteAsync(row, ETag.All, ct) ? 1 : 0;
        }

        return erased;
    }

    /// <summary>
    /// The stories the team's summary of <paramref name="week"/> shows (<see cref="CourageStoryPick"/>):
    /// each taken one loses its author key in the same write that marks it shown, and stories shown
    /// in earlier weeks are deleted. Runs again after a crash with the same result.
    /// </summary>
    public async Task<IReadOnlyList<CourageStory>> TakeForSummaryAsync(string tenantId, string teamId, IsoWeek week, DateTimeOffset now, CancellationToken ct)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var rows = await RowsAsync(TableFilters.Partition(CourageStoryEntity.Partition(tenantId, teamId)), ct);
            var byId = rows.ToDictionary(r => r.RowKey, StringComparer.Ordinal);
            var pick = CourageStoryPick.For([.. rows.Select(r => r.ToStory())], week);
            foreach (var done in pick.Done)
            {
                await TryDeleteAsync(byId[done.Id], ETag.All, ct);
            }

            var taken = new List<CourageStory>(pick.Shown);
            var lostRace = false;
            foreach (var story in pick.ToTake)
            {
                var row = byId[story.Id];
                row.AuthorKey = null;
                row.PostedWeek = week.ToString();
                row.PostedAt = now;
                if (await tables.CourageStories.TryReplaceAsync(row, row.ETag, ct))
                {
                    taken.Add(row.ToStory());
                }
                else
                {
                    lostRace = true; // withdrawn meanwhile, or another instance took it: read again
                }
            }

            if (!lostRace)
            {
                return taken;
            }
        }

        throw new StorageConflictException(tables.CourageStories.Name, MaxAttempts);
    }

    private async Task<List<CourageStoryEntity>> RowsAsync(string filter, CancellationToken ct)
    {
        var rows = new List<CourageStoryEntity>();
        await foreach (var row in tables.CourageStories.QueryAsync<CourageStoryEntity>(filter, cancellationToken: ct))
        {
            rows.Add(row);
        }

        return rows;
    }

    private async Task<bool> TryDeleteAsync(CourageStoryEntity row, ETag etag, CancellationToken ct)
    {
        try
        {
            await tables.CourageStories.DeleteEntityAsync(row.PartitionKey, row.RowKey, etag, ct);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            return false;
        }
    }
}
