namespace BreedBot.Domain.Commands;

/// <summary>
/// Where each command is answered. Anything about one person (answers, pauses, partners) stays in
/// their personal chat; pairing a whole team belongs in its channel; help and the acute-danger card work
/// everywhere (the card shows who a consult would reach only to the person who asks).
/// The bot's router and the Teams app manifest's command lists both follow this one table.
/// </summary>
public static class CommandPlaces
{
    public static bool InPersonalChat(BotCommand command) => command is not (BotCommand.PairDuos or BotCommand.Rotation or BotCommand.Summary or BotCommand.Settings or BotCommand.Status);

    public static bool InChannel(BotCommand command) => command is BotCommand.Help or BotCommand.Unknown or BotCommand.Acute or BotCommand.PairDuos or BotCommand.Rotation or BotCommand.Summary or BotCommand.Settings or BotCommand.Status;

    /// <summary>
    /// Whether the Teams app's personal command menu offers the command. Teams shows at most 10;
    /// deleting one's data is one click away on the "mijn gegevens" card, and typing it still works.
    /// Sharing a courage story came after the menu was full: it is typed, and on the help card.
    /// "acuut" took the place of "wissel": a swap is asked for once a rotation at most, danger cannot wait.
    /// </summary>
    public static bool InPersonalMenu(BotCommand command) =>
        InPersonalChat(command) && command is not (BotCommand.DeleteMyData or BotCommand.CourageStory or BotCommand.Swap);

    public const int MaxMenuCommands = 10;

    public static bool IsAllowed(BotCommand command, string? conversationType) => conversationType switch
    {
        "personal" => InPersonalChat(command),
        "channel" => InChannel(command),
        // Group chats: only what reveals nothing about anyone.
        _ => command is BotCommand.Help or BotCommand.Unknown or BotCommand.Acute,
    };
}
