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

    public static RenderedCard Render(UserLanguage language, string teamId, string? teamName) =>
        new(CardTemplates.Render(TemplateName, Data(language, teamId, teamName)), SettingsTexts.For(language).AfCardSummary);

    internal static JsonObject Data(UserLanguage language, string teamId, string? teamName)
    {
        var t = SettingsTexts.For(language);
        return new JsonObject
        {
            ["title"] = t.AfTitle(t.YourTeam(teamName)),
            ["lines"] = new JsonArray([.. t.AfLines.Select(l => (JsonNode?)l)]),
            ["teamId"] = teamId,
            ["decline"] = new JsonObject { ["title"] = t.AfDeclineButton },
            ["acuteAction"] = AcuteAction.Data(language),
        };
    }
}
