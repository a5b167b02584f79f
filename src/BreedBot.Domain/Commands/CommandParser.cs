using System.Globalization;

namespace BreedBot.Domain.Commands;

/// <summary>
/// Turns what a user typed into a command. Dutch words first, English synonyms beside them;
/// case, surrounding blanks and trailing punctuation do not matter, so "Help!" and " hulp " both work.
/// Only <see cref="BotCommand.Pause"/> and <see cref="BotCommand.Rotation"/> take an argument; any other word must stand alone, so a
/// sentence that merely starts with "help" is not mistaken for the command.
/// </summary>
public static class CommandParser
{
    private static readonly (string Word, BotCommand Command)[] Words =
    [
        ("help", BotCommand.Help),
        ("hulp", BotCommand.Help),
        ("?", BotCommand.Help),
        ("doe mee", BotCommand.Join),
        ("join", BotCommand.Join),
        ("profiel", BotCommand.Profile),
        ("profile", BotCommand.Profile),
        ("pauze tot", BotCommand.Pause),
        ("pauze", BotCommand.Pause),
        ("pause until", BotCommand.Pause),
        ("pause", BotCommand.Pause),
        ("stop", BotCommand.Stop),
        ("koppel duo's", BotCommand.PairDuos),
        ("koppel duos", BotCommand.PairDuos),
        ("pair duos", BotCommand.PairDuos),
        ("duo", BotCommand.MyDuo),
        ("my duo", BotCommand.MyDuo),
        ("wissel", BotCommand.Swap),
        ("swap", BotCommand.Swap),
        ("mijn gegevens", BotCommand.MyData),
        ("my data", BotCommand.MyData),
        ("verwijder mijn gegevens", BotCommand.DeleteMyData),
        ("delete my data", BotCommand.DeleteMyData),
        ("rotatie", BotCommand.Rotation),
        ("rotation", BotCommand.Rotation),
        ("overzicht", BotCommand.Summary),
        ("summary", BotCommand.Summary),
        ("reflectie", BotCommand.Reflection),
        ("reflection", BotCommand.Reflection),
        ("meldcode", BotCommand.Meldcode),
        ("reporting code", BotCommand.Meldcode),
        ("deel een moedig moment", BotCommand.CourageStory),
        ("share a brave moment", BotCommand.CourageStory),
        ("instellingen", BotCommand.Settings),
        ("settings", BotCommand.Settings),
        ("status", BotCommand.Status),
        // Safety first: any of these alone opens the acute card, wherever it is typed.
        ("acuut", BotCommand.Acute),
        ("acuut gevaar", BotCommand.Acute),
        ("spoed", BotCommand.Acute),
        ("nood", BotCommand.Acute),
        ("noodgeval", BotCommand.Acute),
        ("112", BotCommand.Acute),
        ("gevaar", BotCommand.Acute),
        ("acute", BotCommand.Acute),
        ("acute danger", BotCommand.Acute),
        ("emergency", BotCommand.Acute),
        ("danger", BotCommand.Acute),
    ];

    /// <summary>The words for one command, in the order the help card lists them.</summary>
    public static IReadOnlyList<string> WordsFor(BotCommand command) =>
        Words.Where(pair => pair.Command == command && pair.Word is not ("pauze tot" or "pause until"))
            .Select(pair => pair.Word)
            .ToList();

    public static ParsedCommand Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ParsedCommand.Unknown;
        }

        var normalized = Normalize(text);
        foreach (var (word, command) in Words)
        {
            if (normalized == word)
            {
                return new ParsedCommand(command, "");
            }

            if (command is BotCommand.Pause or BotCommand.Rotation && normalized.StartsWith(word + " ", StringComparison.Ordinal))
            {
                return new ParsedCommand(command, normalized[(word.Length + 1)..].Trim());
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
