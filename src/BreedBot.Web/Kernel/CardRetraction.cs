using BreedBot.Domain.Outbound;
using BreedBot.Storage.Outbound;
using BreedBot.Storage.Users;
using BreedBot.Web.Cards;
using BreedBot.Web.Localization;
using BreedBot.Web.Outbound;

namespace BreedBot.Web.Kernel;

/// <summary>
/// Replaces cards BreedBot sent, in the chats they are in, once what they show is gone: a reflection or courage story
/// erased or expired, a person who erased their data. Each card that reached Teams has a delivery record with its
/// conversation and activity id; the replacement goes through the outbox (Teams' update-activity), so a failed update
/// is retried and counted in <c>status</c>, and it is rendered in the reader's language. What Teams already showed — a
/// notification someone read, a screenshot — cannot be taken back.
/// </summary>
internal sealed class CardRetraction(DeliveryStore deliveries, UserConversationStore chats, IOutbox outbox)
{
    /// <summary>
    /// Replaces each sent card about <paramref name="about"/> (occurrence ids and what lies below them) with what
    /// <paramref name="replacement"/> renders for it (null: left as it is); the card <paramref name="except"/> is the one
    /// the person is answering on, replaced by that answer. With <paramref name="forget"/> the records go afterwards:
    /// where the cards were, and what they were about, is not needed any more. The updates are counted in the status of
    /// <paramref name="teamId"/> when given (a card in a personal chat about one team's thing), else of the card's own team.
    /// How many updates were queued.
    /// </summary>
    public async Task<int> ReplaceAsync(
        string tenantId, IReadOnlyCollection<string> about, string occurrencePrefix, Func<DeliveryRecord, UserLanguage, RenderedCard?> replacement,
        bool forget, string? except, CancellationToken ct, string? teamId = null)
    {
        ArgumentNullException.ThrowIfNull(replacement);
        var found = about.Count == 0 ? [] : await deliveries.ListAboutAsync(tenantId, about, ct);
        var messages = new List<OutboundMessage>();
        foreach (var record in found)
        {
            if (record is not { Outcome: DeliveryOutcome.Sent, Conversation: { } address, ActivityId: { Length: > 0 } activityId }
                || record.Kind == MessageKinds.Retraction || activityId == except)
            {
                continue;
            }

            var locale = record.RecipientKey is { } recipient ? (await chats.GetAsync(tenantId, recipient, ct))?.Locale : null;
            if (replacement(record, UserLanguages.FromLocale(locale)) is not { } card)
            {
                continue;
            }

            // An update's own record keeps no address: it is about a card of something erased, perhaps of someone erased.
            messages.Add(new OutboundMessage(tenantId, teamId ?? record.TeamId, null, occurrencePrefix + activityId, MessageKinds.Retraction, card, null)
            {
                Conversation = address,
                UpdateOf = activityId,
            });
        }

        if (messages.Count > 0)
        {
            await outbox.EnqueueAsync(messages, ct);
        }

        // A record of a send still under way stays, and goes with the 30-day delivery records.
        foreach (var record in forget ? found.Where(r => r.Kind != MessageKinds.Retraction && r.IsFinal) : [])
        {
            await deliveries.DeleteAsync(record, ct);
        }

        return messages.Count;
    }

    /// <summary>Forgets where the cards about <paramref name="about"/> are, without touching them.</summary>
    public async Task ForgetAsync(string tenantId, IReadOnlyCollection<string> about, CancellationToken ct)
    {
        foreach (var record in about.Count == 0 ? [] : await deliveries.ListAboutAsync(tenantId, about, ct))
        {
            await deliveries.DeleteAsync(record, ct);
        }
    }
}
