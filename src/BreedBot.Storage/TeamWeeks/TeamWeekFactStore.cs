using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using BreedBot.Domain.TeamWeeks;

namespace BreedBot.Storage.TeamWeeks;

/// <summary>
/// The anonymous facts of each team's weeks (table TeamWeekFacts), one partition per team and ISO
/// week, so a summary of N weeks is N single-partition queries.
/// <para>
/// Recording is idempotent: the row key is a hash of the producer's deterministic fact id, and an
/// insert that finds the row already there is a duplicate delivery, not a second event. The hash
/// is salted with the week's salt (below), so whatever the producer built its id from (occurrence
/// keys can hold member keys) is neither in the table nor recoverable by hashing guesses once the
/// salt is forgotten.
/// </para>
/// <para>
/// Participants are counted without storing who: each week has its own random salt (row "salt"),
/// and a participant is a row keyed by SHA-256(salt ‖ member key). Distinct people give distinct
/// rows, the same person twice gives one. Facts carry no participant reference, so a row never
/// ties what was reflected to whom. Salts of closed weeks are forgotten
/// (<see cref="ForgetSaltAsync"/>): after that no one, not even with the Members table at hand,
/// can tell whose participant rows they are.
/// </para>
/// </summary>
public sealed class TeamWeekFactStore(StorageTables tables, TimeProvider time)
{
    // A table transaction holds at most 100 operations, all in one partition.
    private const int MaxTransaction = 100;

    private readonly TeamWeekSalts salts = new(tables, time);

    /// <summary>The salts this store hashes with: shared with <see cref="DuoWeeks.DuoWeekStore"/>, which writes a duo's week and its facts together.</summary>
    internal TeamWeekSalts Salts => salts;

    /// <summary>Records a fact once. Returns false when it was already recorded (a duplicate delivery).</summary>
    public Task<bool> RecordAsync(string tenantId, string teamId, IsoWeek week, TeamWeekFact fact, CancellationToken ct) =>
        RecordAsync(tenantId, teamId, week, fact, [], ct);

    /// <summary>
    /// Records a fact once, and counts each of <paramref name="participantKeys"/> as a participant of
    /// the week (each person once per week, however many facts they take part in).
    /// </summary>
    public async Task<bool> RecordAsync(
        string tenantId, string teamId, IsoWeek week, TeamWeekFact fact, IReadOnlyCollection<string> participantKeys, CancellationToken ct) =>
        await RecordAsync(tenantId, teamId, week, [fact], participantKeys, ct) == 1;

    /// <summary>
    /// Records several facts of one week, each once, with one read of the week's salt (not one per fact), and
    /// counts each of <paramref name="participantKeys"/> as a participant. Returns how many facts were new.
    /// </summary>
    public async Task<int> RecordAsync(
        string tenantId, string teamId, IsoWeek week, IReadOnlyList<TeamWeekFact> facts, IReadOnlyCollection<string> participantKeys, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(participantKeys);
        foreach (var fact in facts)
        {
            ArgumentNullException.ThrowIfNull(fact);
            ArgumentException.ThrowIfNullOrEmpty(fact.FactId);
        }

        var partition = TeamWeekFactEntity.Partition(tenantId, teamId, week);
        var salt = await salts.GetOrCreateAsync(partition, ct);
        var factRows = facts.Select(fact => TeamWeekFactEntity.From(partition, FactRowKey(salt, fact), fact))
            .DistinctBy(row => row.RowKey, StringComparer.Ordinal) // one transaction may not touch a row twice
            .ToList();

        // Also on a duplicate: an earlier delivery may have failed between the fact and its participants.
        var participantRows = participantKeys.Distinct(StringComparer.Ordinal)
            .Select(key => new TeamWeekFactEntity { PartitionKey = partition, RowKey = ParticipantRowKey(salt, key) })
            .ToList();

        return await TryRecordInTransactionsAsync(factRows, participantRows, ct)
            ?? await RecordOneByOneAsync(factRows, participantRows, ct);
    }

    // The usual case: one round trip. A participant row is the same empty row however often it is written, so it
    // is upserted; a fact is inserted, because the first recording of a fact is the one that counts. A fact already
    // there (a duplicate delivery, or the planned fact a check-in records again in case the reminder's was lost)
    // fails the whole transaction, and the service names it: it is left out and the rest tried again. Null when the
    // rows do not fit one transaction or the service did not say which row failed; the caller then goes row by row.
    private async Task<int?> TryRecordInTransactionsAsync(List<TeamWeekFactEntity> factRows, List<TeamWeekFactEntity> participantRows, CancellationToken ct)
    {
        var pending = new List<TeamWeekFactEntity>(factRows);
        while (pending.Count + participantRows.Count is > 0 and <= MaxTransaction)
        {
            var actions = pending.Select(row => new TableTransactionAction(TableTransactionActionType.Add, row))
                .Concat(participantRows.Select(row => new TableTransactionAction(TableTransactionActionType.UpsertReplace, row)))
                .ToList();
            try
            {
                await tables.TeamWeekFacts.SubmitTransactionAsync(actions, ct);
                return pending.Count;
            }
            catch (TableTransactionFailedException e) when (e.Status == 409 && e.FailedTransactionActionIndex is { } failed && failed < pending.Count)
            {
                pending.RemoveAt(failed);
            }
            catch (TableTransactionFailedException e) when (e.Status == 409)
            {
                return null;
            }
        }

        return pending.Count + participantRows.Count == 0 ? 0 : null;
    }

    private async Task<int> RecordOneByOneAsync(List<TeamWeekFactEntity> factRows, List<TeamWeekFactEntity> participantRows, CancellationToken ct)
    {
        var added = 0;
        foreach (var row in factRows)
        {
            added += await tables.TeamWeekFacts.TryAddAsync(row, ct) ? 1 : 0;
        }

        foreach (var row in participantRows)
        {
            await tables.TeamWeekFacts.TryAddAsync(row, ct);
        }

        return added;
    }

    /// <summary>One week's facts and participant count: one single-partition query.</summary>
    public async Task<TeamWeekFacts> GetWeekAsync(string tenantId, string teamId, IsoWeek week, CancellationToken ct)
    {
        var partition = TeamWeekFactEntity.Partition(tenantId, teamId, week);
        var facts = new List<TeamWeekFact>();
        var participants = 0;
        await foreach (var row in tables.TeamWeekFacts.QueryAsync<TeamWeekFactEntity>(TableFilters.Partition(partition), cancellationToken: ct))
        {
            if (row.RowKey.StartsWith(TeamWeekFactEntity.ParticipantPrefix, StringComparison.Ordinal))
            {
                participants++;
            }
            else if (row.ToFact() is { } fact)
            {
                facts.Add(fact);
            }
        }

        return new TeamWeekFacts(week, facts, participants);
    }

    /// <summary><paramref name="last"/> and the <paramref name="count"/> - 1 weeks before it, oldest first: one query per week.</summary>
    public async Task<IReadOnlyList<TeamWeekFacts>> GetWeeksAsync(string tenantId, string teamId, IsoWeek last, int count, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var weeks = await Task.WhenAll(last.AndPrevious(count).Select(w => GetWeekAsync(tenantId, teamId, w, ct)));
        return weeks;
    }

    /// <summary>
    /// Drops a closed week's salt, so its rows can no longer be tied to anyone. Anything recorded
    /// for that week afterwards gets a fresh salt (a late duplicate would then count twice), so
    /// call this only for weeks nobody records into any more.
    /// </summary>
    public Task ForgetSaltAsync(string tenantId, string teamId, IsoWeek week, CancellationToken ct) =>
        salts.ForgetAsync(TeamWeekFactEntity.Partition(tenantId, teamId, week), ct);

    /// <summary>Removes a person's participant row from a week whose salt still exists (their data is erased; the facts stay).</summary>
    public async Task EraseParticipantAsync(string tenantId, string teamId, IsoWeek week, string memberKey, CancellationToken ct)
    {
        var partition = TeamWeekFactEntity.Partition(tenantId, teamId, week);
        if (await salts.FindStoredAsync(partition, ct) is not { } salt)
        {
            return;
        }

        try
        {
            await tables.TeamWeekFacts.DeleteEntityAsync(partition, ParticipantRowKey(salt, memberKey), ETag.All, ct);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // They did not take part that week.
        }
    }

    /// <summary>
    /// The rows that record <paramref name="facts"/> and count <paramref name="participantKeys"/> in a transaction with
    /// other rows of the partition: upserts, because there the transaction's other row (a duo's week, under its ETag)
    /// is what keeps a fact from being recorded twice, and an upsert of the same fact is the same row.
    /// </summary>
    internal static IEnumerable<TableTransactionAction> Upserts(string partition, string salt, IEnumerable<TeamWeekFact> facts, IEnumerable<string> participantKeys) =>
        facts.Select(fact => TeamWeekFactEntity.From(partition, FactRowKey(salt, fact), fact))
            .Concat(participantKeys.Select(key => new TeamWeekFactEntity { PartitionKey = partition, RowKey = ParticipantRowKey(salt, key) }))
            .DistinctBy(row => row.RowKey, StringComparer.Ordinal)
            .Select(row => new TableTransactionAction(TableTransactionActionType.UpsertReplace, row));

    private static string FactRowKey(string salt, TeamWeekFact fact) => fact.Kind + "|" + Hash(salt, "fact\n" + fact.FactId);

    private static string ParticipantRowKey(string salt, string memberKey) => TeamWeekFactEntity.ParticipantPrefix + Hash(salt, memberKey);

    private static string Hash(string salt, string value)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(salt + "\n" + value));
        return Convert.ToHexStringLower(bytes.AsSpan(0, 16));
    }
}
