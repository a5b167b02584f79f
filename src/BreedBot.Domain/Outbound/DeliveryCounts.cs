namespace BreedBot.Domain.Outbound;

/// <summary>A week's deliveries counted by outcome, for owners: no recipients, only numbers.</summary>
public sealed record DeliveryCounts(string Week, int Total, int Sent, int Blocked, int NotInstalled, int NotFound, int Failed, int Pending)
{
    public int NotDelivered => Blocked + NotInstalled + NotFound + Failed;

    public static DeliveryCounts Of(string week, IEnumerable<DeliveryOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var list = outcomes.ToList();
        int Count(DeliveryOutcome outcome) => list.Count(o => o == outcome);
        return new DeliveryCounts(
            week,
            list.Count,
            Count(DeliveryOutcome.Sent),
            Count(DeliveryOutcome.BlockedByUser),
            Count(DeliveryOutcome.BotNotInstalled),
            Count(DeliveryOutcome.NotFound),
            Count(DeliveryOutcome.Failed),
            Count(DeliveryOutcome.Sending));
    }
}
