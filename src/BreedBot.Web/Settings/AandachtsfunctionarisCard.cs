using System.Text.Json.Nodes;
using BreedBot.Web.Cards;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Settings;

/// <summary>
/// Tells a member, once, that the owners chose them as the team's aandachtsfunctionaris and what
/// that means in BreedBot, with a button to decline.
/// </summary>
public static class AandachtsfunctionarisCard
{
    public const string TemplateName = "aandachtsfunctionaris";
    public const string DeclineVerb = "settings.af.decline";

    public static RenderedCard Render(UserLanguage language, string teamId, string? teamName) =>
        new(CardTemplates.Render(TemplateName, Data(language, teamId, teamName)), Summary(language));

    /// <summary>Content-free: no team, no person.</summary>
    public static string Summary(UserLanguage language) =>
        language == UserLanguage.English ? "BreedBot: a role in your team" : "BreedBot: een rol in je team";

    internal static JsonObject Data(UserLanguage language, string teamId, string? teamName)
    {
        var en = language == UserLanguage.English;
        var team = string.IsNullOrWhiteSpace(teamName) ? (en ? "your team" : "je team") : teamName.Trim();
        return new JsonObject
        {
            ["title"] = en ? $"You are the aandachtsfunctionaris of {team} in BreedBot" : $"Je bent in BreedBot de aandachtsfunctionaris van {team}",
            ["lines"] = new JsonArray(
                en
                    ? "An owner of the team chose you. In BreedBot this means one thing: when a colleague in this team presses 'acute danger' and then 'ask for a consult now', you get a personal message at once that they would like to consult you urgently, with a link to chat with them."
                    : "Een eigenaar van het team heeft je gekozen. In BreedBot betekent dat één ding: als een collega in dit team op 'acuut gevaar' en dan 'vraag nu om overleg' drukt, krijg je meteen een persoonlijk bericht dat die collega met spoed met je wil overleggen, met een link om te chatten.",
                en
                    ? "The message never says anything about the case; you discuss that together. You see nothing else of your colleagues' reflections or duos."
                    : "In dat bericht staat nooit iets over de casus; die bespreken jullie samen. Van de reflecties en duo's van collega's zie je verder niets.",
                en
                    ? "Rather not? Decline below. The owners only hear that someone else should be chosen, not why."
                    : "Liever niet? Weiger hieronder. De eigenaren horen alleen dat er iemand anders gekozen moet worden, niet waarom."),
            ["teamId"] = teamId,
            ["decline"] = new JsonObject { ["title"] = en ? "I decline this role" : "Ik neem deze rol niet aan" },
            ["acuteAction"] = AcuteAction.Data(language),
        };
    }
}
