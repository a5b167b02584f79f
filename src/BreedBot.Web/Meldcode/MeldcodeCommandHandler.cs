using BreedBot.Connector.Schema;
using BreedBot.Domain.Commands;
using BreedBot.Web.Localization;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Meldcode;

/// <summary>"meldcode": the five steps. Needs no storage, so it also works when storage is down.</summary>
internal sealed class MeldcodeCommandHandler(BotMessenger messenger, ILogger<MeldcodeCommandHandler> logger) : ICommandHandler
{
    public IReadOnlyCollection<BotCommand> Commands { get; } = [BotCommand.Meldcode];

    public Task HandleAsync(Activity activity, ParsedCommand command, CancellationToken ct)
    {
        Log.MeldcodeCardShown(logger, "overview", 0);
        return messenger.ReplyCardAsync(activity, MeldcodeCard.Render(UserLanguages.FromLocale(activity.Locale)), ct);
    }
}
