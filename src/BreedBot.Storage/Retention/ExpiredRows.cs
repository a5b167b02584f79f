using Azure.Data.Tables;
using BreedBot.Domain.TeamWeeks;

namespace BreedBot.Storage.Retention;

/// <summary>
/// The retention sweeps over records that carry their own date. Each is one filtered query over a
/// whole table: retention runs once a day in the background, where a scan costs nothing a user
/// waits for, and the dates are not part of the keys that serve the users' own reads.
/// </summary>
public sealed class ExpiredRows(StorageTables tables)
{
    /// <summary>Delivery records last changed before <paramref name="changedBefore"/>.</summary>
    public Task<int> DeleteDeliveriesAsync(DateTimeOffset changedBefore, CancellationToken ct) =>
        RowSweep.DeleteAsync(tables.Deliveries, TableClient.CreateQueryFilter($"ChangedAt lt {changedBefore}"), ct);

    /// <summary>
    /// Delivery records changed before <paramref name="changedBefore"/>, except those of <paramref name="cardKinds"/>: they
    /// say where a card about something still kept is (a reflection), so it can be taken back when that goes; they are
    /// kept until <paramref name="cardsChangedBefore"/>, or until the card was taken back.
    /// </summary>
    public Task<int> DeleteDeliveriesAsync(DateTimeOffset changedBefore, IReadOnlyCollection<string> cardKinds, DateTimeOffset cardsChangedBefore, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(cardKinds);
        var card = string.Join(" or ", cardKinds.Select(k => TableClient.CreateQueryFilter($"Kind eq {k}")));
        var filter = cardKinds.Count == 0
            ? TableClient.CreateQueryFilter($"ChangedAt lt {changedBefore}")
            : TableClient.CreateQueryFilter($"ChangedAt lt {cardsChangedBefore}") + " or (" + TableClient.CreateQueryFilter($"ChangedAt lt {changedBefore}") + " and not (" + card + "))";
        return RowSweep.DeleteAsync(tables.Deliveries, filter, ct);
    }

    /// <summary>Duo weeks (check-ins, skips, moves, the scheduler's plan) of the weeks before <paramref name="firstKept"/>, in either place.</summary>
    /// <remarks>
    /// Their rows among the week facts carry the ISO week as a column ("2027-W07" sorts before "2027-W08"); the facts
    /// themselves are not theirs to delete. In the earlier DuoWeeks table the row key starts with the week.
    /// </remarks>
    public async Task<int> DeleteDuoWeeksAsync(IsoWeek firstKept, CancellationToken ct) =>
        await RowSweep.DeleteAsync(tables.TeamWeekFacts, TableClient.CreateQueryFilter(
            $"RowKey ge {DuoWeeks.DuoWeekEntity.RowPrefix} and RowKey lt {DuoWeeks.DuoWeekEntity.RowPrefixEnd} and Week lt {firstKept.ToString()}"), ct)
        + await RowSweep.DeleteAsync(tables.DuoWeeks, TableClient.CreateQueryFilter($"RowKey lt {firstKept.ToString()}"), ct);

    /// <summary>Scheduler claims of occurrences due before <paramref name="dueBefore"/>.</summary>
    public Task<int> DeleteClaimsAsync(DateTimeOffset dueBefore, CancellationToken ct) =>
        RowSweep.DeleteAsync(tables.OccurrenceClaims, TableClient.CreateQueryFilter($"DueAt lt {dueBefore}"), ct);

    /// <summary>Moedige momenten written before <paramref name="createdBefore"/>, waiting or already posted.</summary>
    /// <summary>
    /// The courage stories created before <paramref name="createdBefore"/> that still wait with their author (never shown):
    /// the cards in the author's chat that show them are taken back before the rows go.
    /// </summary>
    public async Task<IReadOnlyList<(string TenantId, string TeamId, string StoryId)>> ListWaitingCourageStoriesAsync(DateTimeOffset createdBefore, CancellationToken ct)
    {
        var found = new List<(string, string, string)>();
        await foreach (var row in tables.CourageStories.QueryAsync<CourageStories.CourageStoryEntity>(
            TableClient.CreateQueryFilter($"CreatedAt lt {createdBefore}"), select: ["TenantId", "TeamId", "RowKey", "AuthorKey"], cancellationToken: ct))
        {
            if (row.AuthorKey is { Length: > 0 })
            {
                found.Add((row.TenantId, row.TeamId, row.RowKey));
            }
        }

        return found;
    }

    public Task<int> DeleteCourageStoriesAsync(DateTimeOffset createdBefore, CancellationToken ct) =>
        RowSweep.DeleteAsync(tables.CourageStories, TableClient.CreateQueryFilter($"CreatedAt lt {createdBefore}"), ct);

    /// <summary>Owners' settings changes recorded before <paramref name="changedBefore"/>.</summary>
    public Task<int> DeleteSettingsAuditAsync(DateTimeOffset changedBefore, CancellationToken ct) =>
        RowSweep.DeleteAsync(tables.SettingsAudit, TableClient.CreateQueryFilter($"ChangedAt lt {changedBefore}"), ct);

    /// <summary>Due follow-ups and reminders of days before <paramref name="firstKeptDay"/>: sent, missed or left by a long outage.</summary>
    /// <remarks>The partition key is the UTC due date, "yyyy-MM-dd", which sorts as it counts.</remarks>
    public Task<int> DeleteReflectionDuesAsync(DateOnly firstKeptDay, CancellationToken ct) =>
        RowSweep.DeleteAsync(tables.ReflectionsDue, TableClient.CreateQueryFilter($"PartitionKey lt {firstKeptDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}"), ct);

    /// <summary>Urgent consults asked for before <paramref name="requestedBefore"/>: only the last minutes of one matter.</summary>
    public Task<int> DeleteUrgentConsultsAsync(DateTimeOffset requestedBefore, CancellationToken ct) =>
        RowSweep.DeleteAsync(tables.UrgentConsults, TableClient.CreateQueryFilter($"RequestedAt lt {requestedBefore}"), ct);
}
