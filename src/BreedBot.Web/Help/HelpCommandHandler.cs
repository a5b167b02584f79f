using BreedBot.Connector.Schema;
using BreedBot.Domain.Commands;
using BreedBot.Web.Localization;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Help;

/// <summary>"help": the card with what BreedBot does and every command.</summary>
internal sealed class HelpCommandHandler(BotMessenger messenger) : ICommandHandler
{
    public IReadOnlyCollection<BotCommand> Commands { get; } = [BotCommand.Help];

    public Task HandleAsync(Activity activity, ParsedCommand command, CancellationToken ct) =>
        messenger.ReplyCardAsync(activity, HelpCard.Shared(UserLanguages.FromLocale(activity.Locale)), ct);
}
