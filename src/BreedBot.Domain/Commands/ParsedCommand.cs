namespace BreedBot.Domain.Commands;

/// <summary>A command and what followed its word (e.g. the date of "pauze tot 1-3-2027": "1-3-2027").</summary>
public sealed record ParsedCommand(BotCommand Command, string Argument)
{
    public static ParsedCommand Unknown { get; } = new(BotCommand.Unknown, "");
}
