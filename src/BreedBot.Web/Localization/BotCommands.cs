namespace BreedBot.Web.Localization;

/// <summary>
/// The words a user can type in personal chat. The help card lists the same words, so a command
/// exists in exactly one place.
/// </summary>
public static class BotCommands
{
    /// <summary>Every way to ask for help: Dutch, English and the question mark.</summary>
    public static IReadOnlyList<string> HelpWords { get; } = ["help", "hulp", "?"];

    /// <summary>True when the message text (mention already removed) asks for help, ignoring case and surrounding spaces.</summary>
    public static bool IsHelp(string? text)
    {
        var word = text?.Trim();
        return word is not null && HelpWords.Any(help => string.Equals(help, word, StringComparison.OrdinalIgnoreCase));
    }
}
