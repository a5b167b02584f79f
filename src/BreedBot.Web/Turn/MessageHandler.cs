using BreedBot.Connector.Schema;
using BreedBot.Domain.Acute;
using BreedBot.Domain.Commands;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Turn;

/// <summary>
/// A typed message or an <c>Action.Submit</c>: commands by word, everything else a kind pointer to help — with 112
/// and Veilig Thuis on the first two lines when it speaks of danger (<see cref="DangerWords"/>).
/// </summary>
internal sealed class MessageHandler(
    BotMessenger messenger,
    HandlerRegistry registry,
    IServiceProvider services,
    IDangerReply danger,
    ILogger<MessageHandler> logger)
{
    public async Task<TurnResult> HandleAsync(Activity activity, CancellationToken ct)
    {
        var language = UserLanguages.FromLocale(activity.Locale);
        var texts = TurnTexts.For(language);
        var text = activity.GetTextWithoutMentions();

        if (text.Length == 0 && activity.Value is not null)
        {
            // A card submit: no Action.Submit verbs exist yet, so it can only be an old or foreign card.
            Log.UnknownVerb(logger, "submit");
            await messenger.ReplyTextAsync(activity, texts.UnknownAction, ct);
            return TurnResult.Handled;
        }

        var parsed = CommandParser.Parse(text);
        Log.CommandReceived(logger, parsed.Command, activity.Conversation?.ConversationType ?? "unknown");
        if (!CommandPlaces.IsAllowed(parsed.Command, activity.Conversation?.ConversationType))
        {
            // Profile answers and partners are personal: never shown where a whole team reads along.
            await messenger.ReplyTextAsync(activity, !CommandPlaces.InPersonalChat(parsed.Command) ? texts.OnlyInChannel(parsed.Command) : texts.OnlyInPersonalChat, ct);
            return TurnResult.Handled;
        }

        if (registry.ForCommand(parsed.Command, services) is { } handler)
        {
            await handler.HandleAsync(activity, parsed, ct);
        }
        else if (DangerWords.SpeakOfDanger(text))
        {
            Log.DangerSpokenOf(logger);
            // A card, not lines of text: Teams and the Playground run the lines of a text together, and the numbers
            // must stand on their own first two lines.
            await messenger.ReplyCardAsync(activity, danger.NotUnderstood(language, texts.UnknownCommand), ct);
        }
        else
        {
            await messenger.ReplyTextAsync(activity, texts.UnknownCommand, ct);
        }

        return TurnResult.Handled;
    }
}
