namespace BreedBot.Domain.Commands;

/// <summary>
/// Where each command is answered, as <see cref="CommandTable"/> says (<see cref="CommandSpec.Place"/>). Anything about one
/// person stays in their personal chat; pairing a whole team belongs in its channel; help and the acute-danger card work
/// everywhere (the card shows who a consult would reach only to the person who asks). The bot's router and the Teams app
/// manifest's command lists both follow this one table.
/// </summary>
public static class CommandPlaces
{
    /// <summary>Teams shows at most this many commands in a menu.</summary>
    public const int MaxMenuCommands = 10;

    public static bool InPersonalChat(BotCommand command) => command == BotCommand.Unknown || CommandTable.Of(command)?.InPersonalChat == true;

    public static bool InChannel(BotCommand command) => command == BotCommand.Unknown || CommandTable.Of(command)?.InChannel == true;

    /// <summary>Whether the Teams app's personal command menu offers the command (a row with a menu title, answered there).</summary>
    public static bool InPersonalMenu(BotCommand command) => CommandTable.Of(command) is { InPersonalChat: true, MenuTitle: not null };

    /// <summary>Whether the team's command menu offers it: every command answered in the channel.</summary>
    public static bool InTeamMenu(BotCommand command) => CommandTable.Of(command) is { InChannel: true, MenuTitle: not null };

    public static bool IsAllowed(BotCommand command, string? conversationType) => conversationType switch
    {
        "personal" => InPersonalChat(command),
        "channel" => InChannel(command),
        // Group chats: only what reveals nothing about anyone.
        _ => command == BotCommand.Unknown || CommandTable.Of(command)?.Place == CommandPlace.Anywhere,
    };
}
