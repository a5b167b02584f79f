using BreedBot.Domain.Commands;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Help;

/// <summary>The help card's own words, Dutch and English side by side; each command's line comes from the command table.</summary>
internal sealed class HelpTexts(bool en)
{
    public static HelpTexts For(UserLanguage language) => new(language == UserLanguage.English);

    public bool English => en;

    /// <summary>Content-free: the lock-screen preview.</summary>
    public string Summary => en ? "BreedBot: help" : "BreedBot: hulp";

    public string Title => en ? "What BreedBot does for you" : "Wat BreedBot voor je doet";

    public string CommandsHeading => en ? "What you can send me (Dutch words work too)" : "Wat je me kunt sturen (Engelse woorden werken ook)";

    public string OwnersHeading => en ? "For team owners, in the channel with @BreedBot" : "Voor eigenaren, in het kanaal met @BreedBot";

    public string Privacy => en
        ? "Never share anything that identifies a client."
        : "Deel nooit iets waaraan een cliënt te herkennen is.";

    /// <summary>A command in the reader's language: the example or menu title, else the first Dutch or the last English word.</summary>
    public static string Keyword(CommandSpec spec, bool en) =>
        spec.HelpKeyword?.In(en) ?? spec.MenuTitle?.In(en) ?? (en ? spec.Words[^1] : spec.Words[0]);
}
