using BreedBot.Connector.Client;
using BreedBot.Connector.Schema;
using BreedBot.Domain.Teams;
using BreedBot.Web.Cards;
using BreedBot.Web.Localization;
using BreedBot.Web.Outbound;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Kernel;

/// <summary>
/// Answers that are for the asker alone — an owner's status and settings, a refusal — asked in a team's channel: they
/// go to the person's 1:1 chat with BreedBot, and the thread gets no more than "Dat stuur ik je persoonlijk". Never a
/// post the whole channel reads. Asked in the personal chat, they are an ordinary reply. What Teams does not take in
/// the turn goes to the outbox, like a late reply.
/// </summary>
internal sealed class PrivateReplies(PersonalChats chats, BotMessenger messenger, IOutbox outbox, ILogger<PrivateReplies> logger)
{
    public Task SendTextAsync(Activity activity, TeamInstallation team, string text, CancellationToken ct) =>
        SendAsync(activity, team, card: null, text, ct);

    public Task SendCardAsync(Activity activity, TeamInstallation team, RenderedCard card, CancellationToken ct) =>
        SendAsync(activity, team, card, text: null, ct);

    private async Task SendAsync(Activity activity, TeamInstallation team, RenderedCard? card, string? text, CancellationToken ct)
    {
        if (activity.Conversation?.ConversationType == "personal" || RosterPerson.From(activity.From!) is not { } person)
        {
            await (card is null ? messenger.ReplyTextAsync(activity, text!, ct) : messenger.ReplyCardAsync(activity, card, ct));
            return;
        }

        var texts = KernelTexts.For(UserLanguages.FromLocale(activity.Locale));
        var note = texts.SentPrivately;
        // Out of the channel's context, and an owner may have several teams: say which one it is about.
        text = text is null ? null : texts.AboutTeam(team.TeamName) + "\n" + text;
        ConversationAddress? chat = null;
        try
        {
            chat = await chats.ReachAsync(team, person, ct);
            await (card is null ? messenger.PostTextAsync(chat, text!, ct) : messenger.PostCardAsync(chat, card, activity.Locale, ct));
        }
        catch (ConnectorException e) when (e.Kind is ConnectorErrorKind.TimedOut or ConnectorErrorKind.Throttled or ConnectorErrorKind.Transient)
        {
            // Without a chat address yet, the workers find or create the chat from the person's member row.
            await outbox.EnqueueAsync(
                new OutboundMessage(team.TenantId, team.TeamId, person.Key, "private/" + activity.Id, MessageKinds.LateReply, card, text)
                {
                    Conversation = chat,
                    Timeouts = e is { Kind: ConnectorErrorKind.TimedOut, MayHaveArrived: true } && chat is not null ? 1 : 0,
                },
                ct);
            Log.ReplyHandedToOutbox(logger, e.Kind, e.MayHaveArrived);
        }
        catch (ConnectorException e) when (e.Kind is ConnectorErrorKind.BlockedByUser or ConnectorErrorKind.BotNotInConversation or ConnectorErrorKind.NotFound)
        {
            note = texts.CannotReachPrivately;
        }

        await messenger.ReplyTextAsync(activity, note, ct);
    }
}
