using BreedBot.Connector.Schema;
using BreedBot.Domain.Commands;
using BreedBot.Web.Localization;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Meldcode;

/// <summary>
/// "acuut", "spoed", "112", "danger" … typed anywhere. In the personal chat: the acute card with who a consult would
/// reach. In a channel or group chat the card is for everyone to see, so it names nobody's partners: its button
/// shows those only to the person who presses it.
/// </summary>
internal sealed class AcuteCommandHandler(AcutePreview preview, BotMessenger messenger, ILogger<AcuteCommandHandler> logger) : ICommandHandler
{
    public IReadOnlyCollection<BotCommand> Commands { get; } = [BotCommand.Acute];

    public async Task HandleAsync(Activity activity, ParsedCommand command, CancellationToken ct)
    {
        var language = UserLanguages.FromLocale(activity.Locale);
        var personal = activity.Conversation?.ConversationType == "personal";
        var model = personal ? await preview.ForAsync(activity, null, ct) : new AcuteCardModel { Public = true };
        Log.AcuteCardShown(logger, personal ? "typed" : "typed-public");
        await messenger.ReplyCardAsync(activity, AcuteCard.Render(language, model), ct);
    }
}
