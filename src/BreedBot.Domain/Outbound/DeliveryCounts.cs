namespace BreedBot.Domain.Outbound;

/// <summary>
/// A week's deliveries counted by outcome, for owners: no recipients, only numbers. A failure counts under its
/// reason, a send given up under the number of attempts it really had.
/// </summary>
public sealed record DeliveryCounts(string Week, int Total, int Sent, int Blocked, int NotInstalled, int NotFound, int Failed, int Pending)
{
    public int NotDelivered => Blocked + NotInstalled + NotFound + Failed;

    /// <summary>Sent, but an earlier request had timed out: perhaps received twice.</summary>
    public int PossiblyDuplicated { get; init; }

    /// <summary>Refused by Teams (400, 401, 403, 413, …).</summary>
    public int Refused { get; init; }

    /// <summary>Timed out twice: perhaps arrived after all.</summary>
    public int NoAnswer { get; init; }

    /// <summary>Given up after retries, per number of attempts (ascending).</summary>
    public IReadOnlyList<(int Attempts, int Count)> GaveUp { get; init; } = [];

    public static DeliveryCounts Of(string week, IEnumerable<DeliveryOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        return Of(week, outcomes.Select(outcome => new DeliveryRecord("", "", week, "", null, "", outcome, default)));
    }

    public static DeliveryCounts Of(string week, IEnumerable<DeliveryRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var list = records.ToList();
        int Count(DeliveryOutcome outcome) => list.Count(r => r.Outcome == outcome);
        var failed = list.Where(r => r.Outcome == DeliveryOutcome.Failed).ToList();
        return new DeliveryCounts(
            week,
            list.Count,
            Count(DeliveryOutcome.Sent),
            Count(DeliveryOutcome.BlockedByUser),
            Count(DeliveryOutcome.BotNotInstalled),
            Count(DeliveryOutcome.NotFound),
            failed.Count,
            Count(DeliveryOutcome.Sending))
        {
            PossiblyDuplicated = list.Count(r => r.Outcome == DeliveryOutcome.Sent && r.PossiblyDuplicated),
            Refused = failed.Count(r => r.Failure == DeliveryFailure.Refused),
            NoAnswer = failed.Count(r => r.Failure == DeliveryFailure.NoAnswer),
            // A row from before reasons were kept counts as given up, with the attempts it recorded.
            GaveUp = failed.Where(r => r.Failure is null or DeliveryFailure.RetriesExhausted)
                .GroupBy(r => r.Attempts)
                .OrderBy(g => g.Key)
                .Select(g => (g.Key, g.Count()))
                .ToList(),
        };
    }
}
