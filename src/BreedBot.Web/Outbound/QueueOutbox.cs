using BreedBot.Domain.Scheduling;
using BreedBot.Domain.TeamWeeks;
using BreedBot.Storage;
using BreedBot.Web.Telemetry;

namespace BreedBot.Web.Outbound;

/// <summary>Puts each message on the outbound queue as one queue message; the send workers do the rest.</summary>
internal sealed class QueueOutbox(StorageQueues queues, OutboxSignal signal, TimeProvider time, BreedBotMetrics metrics) : IOutbox
{
    private const int ParallelEnqueues = 16;

    public async Task EnqueueAsync(OutboundMessage message, CancellationToken ct)
    {
        await SendAsync(message, ct);
        signal.Notify();
    }

    public async Task EnqueueAsync(IEnumerable<OutboundMessage> messages, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(messages);
        await Parallel.ForEachAsync(messages, new ParallelOptions { MaxDegreeOfParallelism = ParallelEnqueues, CancellationToken = ct }, SendAsync);
        signal.Notify();
    }

    private async ValueTask SendAsync(OutboundMessage message, CancellationToken ct)
    {
        var body = Envelope(message).Encode();
        await queues.Outbound.SendMessageAsync(body, ct);
        metrics.OutboundQueued(message.Kind);
    }

    private OutboundEnvelope Envelope(OutboundMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrEmpty(message.TenantId);
        ArgumentException.ThrowIfNullOrEmpty(message.TeamId);
        ArgumentException.ThrowIfNullOrEmpty(message.OccurrenceId);
        if (message.Card is null && string.IsNullOrEmpty(message.Text))
        {
            throw new ArgumentException("An outbound message needs a card or a text.", nameof(message));
        }

        return new OutboundEnvelope(
            message.TenantId, message.TeamId, message.RecipientMemberKey, message.OccurrenceId, message.Kind,
            message.Week ?? IsoWeek.Of(time.GetUtcNow(), ZoneChoice.Default).ToString(), message.Card?.Content, message.Card?.Summary, message.Text, Failures: 0)
        {
            Conversation = message.Conversation,
            ReplyToId = message.ReplyToId,
            UpdateOf = message.UpdateOf,
            Timeouts = message.Timeouts,
        };
    }
}
