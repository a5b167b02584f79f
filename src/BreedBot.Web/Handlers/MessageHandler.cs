using BreedBot.Connector.Schema;
using BreedBot.Domain.Commands;
using BreedBot.Web.Bot;
using BreedBot.Web.Cards;
using BreedBot.Web.Localization;
using BreedBot.Web.Members;
using BreedBot.Web.Pairing;
using BreedBot.Web.Privacy;

namespace BreedBot.Web.Handlers;

/// <summary>A typed message or an <c>Action.Submit</c>: commands by word, everything else a kind pointer to help.</summary>
internal sealed class MessageHandler(
    BotMessenger messenger,
    MembershipCommands membership,
    PairingCommands pairing,
    DuoSwapCommand swap,
    MyDataCommands myData,
    ILogger<MessageHandler> logger)
{
    public async Task<TurnResult> HandleAsync(Activity activity, CancellationToken ct)
    {
        var language = UserLanguages.FromLocale(activity.Locale);
        var texts = BotTexts.For(language);
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
            await messenger.ReplyTextAsync(activity, parsed.Command is BotCommand.PairDuos or BotCommand.Rotation ? texts.OnlyInChannel : texts.OnlyInPersonalChat, ct);
            return TurnResult.Handled;
        }

        switch (parsed.Command)
        {
            case BotCommand.Help:
                await messenger.ReplyCardAsync(activity, HelpCard.Render(language), ct);
                break;
            case BotCommand.Join or BotCommand.Profile or BotCommand.Pause or BotCommand.Stop:
                await membership.HandleAsync(activity, parsed, ct);
                break;
            case BotCommand.PairDuos:
                await pairing.PairAsync(activity, ct);
                break;
            case BotCommand.MyDuo:
                await pairing.ShowMyDuoAsync(activity, ct);
                break;
            case BotCommand.Rotation:
                await pairing.SetRotationAsync(activity, parsed.Argument, ct);
                break;
            case BotCommand.MyData:
                await myData.ShowAsync(activity, ct);
                break;
            case BotCommand.DeleteMyData:
                await myData.AskDeleteAsync(activity, ct);
                break;
            case BotCommand.Swap:
                await swap.HandleAsync(activity, ct);
                break;
            default:
                await messenger.ReplyTextAsync(activity, texts.UnknownCommand, ct);
                break;
        }

        return TurnResult.Handled;
    }
}
