using BreedBot.Connector.Client;
using BreedBot.Connector.Schema;
using BreedBot.Domain.Teams;
using BreedBot.Web.Cards;
using BreedBot.Web.Localization;
using BreedBot.Web.Outbound;

namespace BreedBot.Web.Turn;

/// <summary>
/// Everything BreedBot says goes out through here: replies to a user, and posts to a stored conversation. A reply
/// that Teams does not take within its turn (no answer in time, throttled, a transient error) is handed to the
/// outbox instead of being lost: the send workers deliver it a moment later, in the same conversation.
/// </summary>
internal sealed class BotMessenger(ConnectorClient connector, IOutbox outbox, TimeProvider time, ILogger<BotMessenger> logger)
{
    private int late;

    public Task<string?> ReplyTextAsync(Activity incoming, string text, CancellationToken ct)
    {
        text = PhoneText.KeepTogether(text);
        var reply = incoming.CreateReply(text);
        reply.TextFormat = "plain";
        return SendReplyAsync(incoming, reply, card: null, text, ct);
    }

    /// <summary>Replies with a card; the id of the message it became, or null when it was handed to the outbox.</summary>
    public Task<string?> ReplyCardAsync(Activity incoming, RenderedCard card, CancellationToken ct)
    {
        var reply = incoming.CreateReply();
        AttachCard(reply, card);
        return SendReplyAsync(incoming, reply, card, text: null, ct);
    }

    /// <summary>
    /// A reply with another kind of attachment than a card (a file consent or file info card). Not handed to the
    /// outbox when Teams is slow: the outbox carries cards and texts only, and the person can simply ask again.
    /// </summary>
    public Task ReplyAttachmentAsync(Activity incoming, Attachment attachment, string summary, CancellationToken ct)
    {
        var reply = incoming.CreateReply();
        reply.Summary = summary;
        reply.Attachments = [attachment];
        var serviceUrl = new Uri(incoming.ServiceUrl!);
        var conversationId = incoming.Conversation!.Id!;
        return string.IsNullOrEmpty(incoming.Id)
            ? connector.SendAsync(serviceUrl, conversationId, reply, ct)
            : connector.ReplyAsync(serviceUrl, conversationId, incoming.Id, reply, ct);
    }

    public Task PostCardAsync(ConversationAddress address, RenderedCard card, string? locale, CancellationToken ct)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            From = new ChannelAccount { Id = address.BotId },
            Conversation = new ConversationAccount { Id = address.ConversationId },
            Locale = locale,
        };
        AttachCard(activity, card);
        return connector.SendAsync(new Uri(address.ServiceUrl), address.ConversationId, activity, ct);
    }

    /// <summary>Replaces a card BreedBot sent earlier (its activity id comes from the delivery record).</summary>
    public Task UpdateCardAsync(ConversationAddress address, string activityId, RenderedCard card, string? locale, CancellationToken ct)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = activityId,
            From = new ChannelAccount { Id = address.BotId },
            Conversation = new ConversationAccount { Id = address.ConversationId },
            Locale = locale,
        };
        AttachCard(activity, card);
        return connector.UpdateAsync(new Uri(address.ServiceUrl), address.ConversationId, activityId, activity, ct);
    }

    public Task PostTextAsync(ConversationAddress address, string text, CancellationToken ct) =>
        connector.SendAsync(new Uri(address.ServiceUrl), address.ConversationId, TextActivity(address, text), ct);

    private async Task<string?> SendReplyAsync(Activity incoming, Activity reply, RenderedCard? card, string? text, CancellationToken ct)
    {
        var serviceUrl = new Uri(incoming.ServiceUrl!);
        var conversationId = incoming.Conversation!.Id!;
        try
        {
            var sent = string.IsNullOrEmpty(incoming.Id)
                ? await connector.SendAsync(serviceUrl, conversationId, reply, ct)
                : await connector.ReplyAsync(serviceUrl, conversationId, incoming.Id, reply, ct);
            return sent.Id;
        }
        catch (ConnectorException e) when (IsLate(e) && LateReply(incoming, card, text, e) is { } message)
        {
            await outbox.EnqueueAsync(message, ct);
            Log.ReplyHandedToOutbox(logger, e.Kind, e.MayHaveArrived);
            return null;
        }
    }

    // Teams could not take it now; it may well take it in a moment. A refusal (blocked, 403, 404) would be refused again.
    private static bool IsLate(ConnectorException e) =>
        e.Kind is ConnectorErrorKind.TimedOut or ConnectorErrorKind.Throttled or ConnectorErrorKind.Transient;

    /// <summary>
    /// The reply as an outbox message for the conversation it answers. Its occurrence is the activity it answers (and
    /// its place among this turn's late replies), so Teams delivering the activity again does not send it twice.
    /// </summary>
    private OutboundMessage? LateReply(Activity incoming, RenderedCard? card, string? text, ConnectorException failure)
    {
        if (incoming.GetTenantId() is not { } tenantId || incoming.Recipient?.Id is not { } botId)
        {
            return null;
        }

        var teamId = incoming.ChannelData?.Team?.Id;
        var inChannel = incoming.Conversation?.ConversationType == "channel" && teamId is not null;
        var answered = incoming.Id ?? time.GetUtcNow().UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var occurrence = $"reply/{answered}/{++late}";
        return new OutboundMessage(
            tenantId,
            inChannel ? teamId! : OutboundMessage.NoTeam,
            inChannel ? null : ActivityAddress.UserKey(incoming.From),
            occurrence,
            MessageKinds.LateReply,
            card,
            text)
        {
            Conversation = new ConversationAddress(incoming.ServiceUrl!, incoming.Conversation!.Id!, botId),
            ReplyToId = incoming.Id,
            Timeouts = failure is { Kind: ConnectorErrorKind.TimedOut, MayHaveArrived: true } ? 1 : 0,
        };
    }

    private static Activity TextActivity(ConversationAddress address, string text) => new()
    {
        Type = ActivityTypes.Message,
        From = new ChannelAccount { Id = address.BotId },
        Conversation = new ConversationAccount { Id = address.ConversationId },
        Text = text,
        TextFormat = "plain",
    };

    private static void AttachCard(Activity activity, RenderedCard card)
    {
        // The summary is the lock-screen preview: content-free by construction of every card.
        activity.Summary = card.Summary;
        activity.Attachments = [Attachment.AdaptiveCard(card.Attached)];
    }
}
