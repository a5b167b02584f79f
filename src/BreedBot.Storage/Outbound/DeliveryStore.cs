using Azure.Data.Tables;
using BreedBot.Domain.Outbound;

namespace BreedBot.Storage.Outbound;

/// <summary>
/// One row per proactive message and recipient: claimed before sending (ETag-guarded, so two copies of a
/// queue message never both send), settled after. The week partition makes an owner's status one query.
/// </summary>
public sealed class DeliveryStore(StorageTables tables, TimeProvider time)
{
    private const int MaxAttempts = 5;
    private TableClient Table => tables.Deliveries;

    /// <summary>The record of one occurrence for one recipient (null = the channel), e.g. to update the card it sent.</summary>
    public async Task<DeliveryRecord?> GetAsync(string tenantId, string teamId, string week, string occurrenceId, string? recipientKey, CancellationToken ct)
    {
        var entity = await Table.FindAsync<DeliveryEntity>(DeliveryEntity.Partition(tenantId, teamId, week), DeliveryEntity.Row(occurrenceId, recipientKey), ct);
        return entity?.ToDomain();
    }

    /// <summary>
    /// Claims the delivery for <paramref name="claimId"/>, one receipt of a queue message. An unclaimed row is
    /// taken; a claim by anyone else is respected for <paramref name="lease"/> after it was made, then taken over
    /// as abandoned (its holder crashed). A receipt is unique, so a queue message that comes back while its first
    /// receipt is still at work waits like any other copy instead of sending beside it.
    /// </summary>
    public async Task<DeliveryClaim> ClaimAsync(DeliveryRecord fresh, string claimId, TimeSpan lease, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(fresh);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var now = time.GetUtcNow();
            // Insert first: a fan-out's deliveries are almost all new, so this is the one request it costs.
            var claimed = fresh with { Outcome = DeliveryOutcome.Sending, ClaimedBy = claimId, ChangedAt = now, Attempts = 0 };
            if (await Table.TryAddTaggedAsync(DeliveryEntity.From(claimed), ct) is { } added)
            {
                return new DeliveryClaim(DeliveryClaimResult.Claimed, claimed, added);
            }

            var existing = await Table.FindAsync<DeliveryEntity>(DeliveryEntity.Partition(fresh.TenantId, fresh.TeamId, fresh.Week), DeliveryEntity.Row(fresh.OccurrenceId, fresh.RecipientKey), ct);
            if (existing is null)
            {
                continue;
            }

            var current = existing.ToDomain();
            if (current.IsFinal)
            {
                return new DeliveryClaim(DeliveryClaimResult.AlreadyFinal, current);
            }

            if (current.ClaimedBy is not null && current.ClaimedBy != claimId && current.ChangedAt + lease > now)
            {
                return new DeliveryClaim(DeliveryClaimResult.HeldElsewhere, current);
            }

            var taken = current with { ClaimedBy = claimId, ChangedAt = now };
            if (await Table.TryReplaceTaggedAsync(DeliveryEntity.From(taken), existing.ETag, ct) is { } replaced)
            {
                return new DeliveryClaim(DeliveryClaimResult.Claimed, taken, replaced);
            }
        }

        throw new StorageConflictException(StorageTables.DeliveriesName, MaxAttempts);
    }

    /// <summary>
    /// Gives a claim back for a later try, with the attempts so far, unless the row changed since it was claimed
    /// (another holder settled it, or took it over): a retry's note never overwrites an outcome. False = it changed.
    /// </summary>
    public async Task<bool> ReleaseAsync(DeliveryClaim claim, int attempts, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var released = claim.Record with { Outcome = DeliveryOutcome.Sending, ClaimedBy = null, Attempts = attempts, ChangedAt = time.GetUtcNow() };
        return await Table.TryReplaceAsync(DeliveryEntity.From(released), claim.ETag, ct);
    }

    /// <summary>Writes the outcome. Last writer wins: a final outcome is a fact about a send that happened.</summary>
    public async Task SettleAsync(DeliveryRecord record, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(record);
        await Table.UpsertEntityAsync(DeliveryEntity.From(record with { ChangedAt = time.GetUtcNow() }), TableUpdateMode.Replace, ct);
    }

    /// <summary>Every delivery of a team's week: one partition.</summary>
    public async Task<IReadOnlyList<DeliveryRecord>> ListWeekAsync(string tenantId, string teamId, string week, CancellationToken ct)
    {
        var partition = DeliveryEntity.Partition(tenantId, teamId, week);
        var records = new List<DeliveryRecord>();
        await foreach (var entity in Table.QueryAsync<DeliveryEntity>(TableFilters.Partition(partition), cancellationToken: ct))
        {
            records.Add(entity.ToDomain());
        }

        return records;
    }

    /// <summary>
    /// Every delivery in a tenant about one thing: an occurrence id equal to one of <paramref name="subjects"/> or below
    /// it ("share/&lt;id&gt;" finds "share/&lt;id&gt;" and "share/&lt;id&gt;/…"). A range over the tenant's partitions, filtered on the
    /// occurrence: asked when something is erased, not on a turn's path.
    /// </summary>
    public async Task<IReadOnlyList<DeliveryRecord>> ListAboutAsync(string tenantId, IReadOnlyCollection<string> subjects, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        var from = TableKey.Escape(tenantId) + "|";
        var to = TableKey.Escape(tenantId) + "}";
        // '0' follows '/': [subject + "/", subject + "0") holds exactly what lies below the subject.
        var about = string.Join(" or ", subjects.Select(s =>
            TableClient.CreateQueryFilter($"(OccurrenceId eq {s} or (OccurrenceId ge {s + "/"} and OccurrenceId lt {s + "0"}))")));
        var records = new List<DeliveryRecord>();
        await foreach (var entity in Table.QueryAsync<DeliveryEntity>(
            TableClient.CreateQueryFilter($"PartitionKey ge {from} and PartitionKey lt {to}") + " and (" + about + ")", cancellationToken: ct))
        {
            records.Add(entity.ToDomain());
        }

        return records;
    }

    /// <summary>Deletes one delivery record; one already gone is fine.</summary>
    public async Task DeleteAsync(DeliveryRecord record, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(record);
        await Table.DeleteEntityAsync(DeliveryEntity.Partition(record.TenantId, record.TeamId, record.Week), DeliveryEntity.Row(record.OccurrenceId, record.RecipientKey), Azure.ETag.All, ct);
    }

    /// <summary>Deletes every delivery row about one person in a team, over all weeks (a range over the team's partitions).</summary>
    public async Task EraseRecipientAsync(string tenantId, string teamId, string recipientKey, CancellationToken ct)
    {
        foreach (var (partitionKey, rowKey) in await RowsOfRecipientAsync(tenantId, teamId, recipientKey, ct))
        {
            await Table.DeleteEntityAsync(partitionKey, rowKey, Azure.ETag.All, ct);
        }
    }

    /// <summary>How many delivery rows are about one person in a team.</summary>
    public async Task<int> CountRecipientAsync(string tenantId, string teamId, string recipientKey, CancellationToken ct) =>
        (await RowsOfRecipientAsync(tenantId, teamId, recipientKey, ct)).Count;

    private async Task<List<(string PartitionKey, string RowKey)>> RowsOfRecipientAsync(string tenantId, string teamId, string recipientKey, CancellationToken ct)
    {
        var team = TableKey.Escape(tenantId) + "|" + TableKey.Escape(teamId);
        var from = team + "|";
        var to = team + "}"; // '}' follows '|': the range holds exactly this team's weeks
        var rows = new List<(string PartitionKey, string RowKey)>();
        await foreach (var entity in Table.QueryAsync<DeliveryEntity>(
            TableClient.CreateQueryFilter($"PartitionKey ge {from} and PartitionKey lt {to} and RecipientKey eq {recipientKey}"), cancellationToken: ct))
        {
            rows.Add((entity.PartitionKey, entity.RowKey));
        }

        return rows;
    }
}
