namespace BreedBot.Web.Outbound;

/// <summary>
/// Where producers put proactive messages. Queued messages are sent by the send workers within the Teams
/// rate limits, each recorded in <c>Deliveries</c>; replies to a user's own message do not come here.
/// </summary>
public interface IOutbox
{
    Task EnqueueAsync(OutboundMessage message, CancellationToken ct);

    Task EnqueueAsync(IEnumerable<OutboundMessage> messages, CancellationToken ct);
}
