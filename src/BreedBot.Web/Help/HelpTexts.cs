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

    public string Intro => en
        ? "BreedBot supports peer consultation among colleagues. \"Maak het breed\": share a hard case instead of carrying it alone."
        : "BreedBot helpt bij collegiale consultatie: een zware casus draag je niet alleen. Maak het breed.";

    public string CommandsHeading => en ? "What you can send me" : "Wat je me kunt sturen";

    public string Privacy => en
        ? "Never share client names or anything else that identifies a client here. BreedBot is not a case file."
        : "Deel hier nooit namen of andere gegevens waaraan een cliënt te herkennen is. BreedBot is geen dossier.";

    /// <summary>Owners' commands work in their team's channel only: the help card says so before what they do.</summary>
    public string OwnersInTheChannel => en ? "Team owners, in the channel: " : "Eigenaren, in het kanaal: ";
}
