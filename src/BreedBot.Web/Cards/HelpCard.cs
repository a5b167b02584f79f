using System.Text.Json.Nodes;
using BreedBot.Domain.Commands;
using BreedBot.Web.Localization;
using BreedBot.Web.Kernel;

namespace BreedBot.Web.Cards;

/// <summary>
/// The help card: what BreedBot is and the commands that exist today, one row per row of <see cref="CommandTable"/>.
/// </summary>
public static class HelpCard
{
    public const string TemplateName = "help";

    public static RenderedCard Render(UserLanguage language) =>
        new(CardTemplates.Render(TemplateName, Data(language)), Summary(language));

    public static string Summary(UserLanguage language) =>
        language == UserLanguage.English ? "BreedBot: help" : "BreedBot: hulp";

    internal static JsonObject Data(UserLanguage language)
    {
        var english = language == UserLanguage.English;
        return new JsonObject
        {
            ["title"] = english ? "What BreedBot does for you" : "Wat BreedBot voor je doet",
            ["intro"] = english
                ? "BreedBot supports peer consultation among colleagues. \"Maak het breed\": share a hard case instead of carrying it alone. BreedBot is still growing; below is what it can do today."
                : "BreedBot helpt bij collegiale consultatie: een zware casus draag je niet alleen. Maak het breed. BreedBot groeit nog; hieronder staat wat er nu al kan.",
            ["commandsHeading"] = english ? "What you can send me" : "Wat je me kunt sturen",
            ["commands"] = Commands(english),
            ["privacy"] = english
                ? "Never share client names or anything else that identifies a client here. BreedBot is not a case file."
                : "Deel hier nooit namen of andere gegevens waaraan een cliënt te herkennen is. BreedBot is geen dossier.",
            ["safety"] = SafetyNotice.Data(language),
            ["acuteAction"] = AcuteAction.Data(language),
        };
    }

    // Owners' commands work in their team's channel only: the help card says so before what they do.
    private static JsonArray Commands(bool english) =>
    [
        .. CommandTable.All.Select(spec => (JsonNode?)new JsonObject
        {
            ["keyword"] = spec.HelpKeyword ?? string.Join(" · ", spec.Words),
            ["description"] = (spec.OwnersOnly ? (english ? "Team owners, in the channel: " : "Eigenaren, in het kanaal: ") : "") + spec.HelpLine.In(english),
        }),
    ];
}
