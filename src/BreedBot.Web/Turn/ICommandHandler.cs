using BreedBot.Connector.Schema;
using BreedBot.Domain.Commands;

namespace BreedBot.Web.Turn;

/// <summary>
/// Answers the typed commands it names. Each capability registers its own, so adding a command
/// touches its own files and one line of registration, not a shared switch.
/// </summary>
internal interface ICommandHandler
{
    IReadOnlyCollection<BotCommand> Commands { get; }

    Task HandleAsync(Activity activity, ParsedCommand command, CancellationToken ct);
}
