using BreedBot.Connector.Client;
using BreedBot.Connector.Schema;
using BreedBot.Domain.Teams;
using BreedBot.Web.Cards;

namespace BreedBot.Web.Bot;

/// <summary>Everything BreedBot says goes out through here: replies to a user, and posts to a stored conversation.</summary>
internal sealed class BotMessenger(ConnectorClient connector)
{
    public Task ReplyTextAsync(Activity incoming, string text, CancellationToken ct)
    {
        var reply = incoming.CreateReply(text);
        reply.TextFormat = "plain";
        return SendReplyAsync(incoming, reply, ct);
    }

    public Task ReplyCardAsync(Activity incoming, RenderedCard card, CancellationToken ct)
    {
        var reply = incoming.CreateReply();
        AttachCard(reply, card);
        return SendReplyAsync(incoming, reply, ct);
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

    public Task PostTextAsync(ConversationAddress address, string text, CancellationToken ct)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            From = new ChannelAccount { Id = address.BotId },
            Conversation = new ConversationAccount { Id = address.ConversationId },
            Text = text,
            TextFormat = "plain",
        };
        return connector.SendAsync(new Uri(address.ServiceUrl), address.ConversationId, activity, ct);
    }

    private Task<ResourceResponse> SendReplyAsync(Activity incoming, Activity reply, CancellationToken ct)
    {
        var serviceUrl = new Uri(incoming.ServiceUrl!);
        var conversationId = incoming.Conversation!.Id!;
        return string.IsNullOrEmpty(incoming.Id)
            ? connector.SendAsync(serviceUrl, conversationId, reply, ct)
            : connector.ReplyAsync(serviceUrl, conversationId, incoming.Id, reply, ct);
    }

    private static void AttachCard(Activity activity, RenderedCard card)
    {
        // The summary is the lock-screen preview: content-free by construction of every card.
        activity.Summary = card.Summary;
        activity.Attachments = [Attachment.AdaptiveCard(card.Content)];
    }
}
