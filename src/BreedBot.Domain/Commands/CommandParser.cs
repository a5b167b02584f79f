using System.Globalization;

namespace BreedBot.Domain.Commands;

/// <summary>
/// Turns what a user typed into a command, by the words of <see cref="CommandTable"/>. Dutch words first, English synonyms beside them;
/// case, surrounding blanks and trailing punctuation do not matter, so "Help!" and " hulp " both work.
/// Only a command that takes an argument (<see cref="CommandSpec.TakesArgument"/>: pause, rotation) may be followed by more; any other word must stand alone, so a
/// sentence that merely starts with "help" is not mistaken for the command.
/// </summary>
public static class CommandParser
{
    /// <summary>The words for one command, in the order the help card lists them.</summary>
    public static IReadOnlyList<string> WordsFor(BotCommand command) => CommandTable.Of(command)?.Words ?? [];

    public static ParsedCommand Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ParsedCommand.Unknown;
        }

        var normalized = Normalize(text);
        foreach (var spec in CommandTable.All)
        {
            foreach (var word in spec.LeadWords.Concat(spec.Words))
            {
                if (normalized == word)
                {
                    return new ParsedCommand(spec.Command, "");
                }

                if (spec.TakesArgument && normalized.StartsWith(word + " ", StringComparison.Ordinal))
                {
                    return new ParsedCommand(spec.Command, normalized[(word.Length + 1)..].Trim());
                }
            }
        }

        return ParsedCommand.Unknown;
    }

    private static string Normalize(string text)
    {
        // Teams and phones type a curly apostrophe in "duo's".
        var trimmed = string.Join(' ', text.Trim().ToLower(CultureInfo.InvariantCulture).Replace('\u2019', '\'').Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (trimmed == "?")
        {
            return trimmed;
        }

        return trimmed.TrimEnd('.', '!', '?', ' ').TrimStart('/');
    }
}
