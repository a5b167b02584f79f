using System.Globalization;

namespace BreedBot.Domain.Commands;

/// <summary>
/// Turns what a user typed into a command. Dutch words first, English synonyms beside them;
/// case, surrounding blanks and trailing punctuation do not matter, so "Help!" and " hulp " both work.
/// </summary>
public static class CommandParser
{
    private static readonly Dictionary<string, BotCommand> Words = new(StringComparer.Ordinal)
    {
        ["help"] = BotCommand.Help,
        ["hulp"] = BotCommand.Help,
        ["?"] = BotCommand.Help,
    };

    /// <summary>The words for one command, in the order the help card lists them.</summary>
    public static IReadOnlyList<string> WordsFor(BotCommand command) =>
        Words.Where(pair => pair.Value == command).Select(pair => pair.Key).ToList();

    public static BotCommand Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return BotCommand.Unknown;
        }

        var normalized = Normalize(text);
        return Words.GetValueOrDefault(normalized, BotCommand.Unknown);
    }

    private static string Normalize(string text)
    {
        var trimmed = text.Trim().ToLower(CultureInfo.InvariantCulture);
        if (trimmed == "?")
        {
            return trimmed;
        }

        return trimmed.TrimEnd('.', '!', '?', ' ').TrimStart('/');
    }
}
