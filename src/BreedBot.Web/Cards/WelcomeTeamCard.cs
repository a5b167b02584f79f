using System.Text.Json.Nodes;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Cards;

/// <summary>
/// The welcome posted in a team's channel on install: what BreedBot is for, what it stores and
/// never stores, how to start. Names only what exists; what BreedBot grows into is said as such.
/// </summary>
public static class WelcomeTeamCard
{
    public const string TemplateName = "welcome-team";

    public static RenderedCard Render(UserLanguage language) =>
        new(CardTemplates.Render(TemplateName, Data(language)), Summary(language));

    public static string Summary(UserLanguage language) =>
        language == UserLanguage.English ? "BreedBot: welcome" : "BreedBot: welkom";

    internal static JsonObject Data(UserLanguage language) =>
        language == UserLanguage.English ? English() : Dutch();

    private static JsonObject Dutch() => new()
    {
        ["title"] = "Welkom bij BreedBot",
        ["intro"] = "BreedBot is er voor collegiale consultatie bij huiselijk geweld en kindermishandeling. Maak het breed: een zware casus draag je niet alleen.",
        ["growing"] = "BreedBot is nog in opbouw. Het groeit naar vaste duo-partners en korte reflecties op een casus. Wat er nu al kan, zie je via 'help'.",
        ["stores"] = List(
            "Wat BreedBot bewaart",
            "De naam en het id van dit team.",
            "Het adres van dit kanaal, om hier berichten te kunnen plaatsen.",
            "Later alleen wat je er zelf aan geeft."),
        ["neverStores"] = List(
            "Wat BreedBot nooit bewaart",
            "Namen van cliënten of andere gegevens waaraan een cliënt te herkennen is.",
            "Dossiers of verslagen van een casus. BreedBot is geen dossier: dat blijft in jullie eigen cliëntsysteem."),
        ["start"] = new JsonObject
        {
            ["heading"] = "Zo begin je",
            ["text"] = "Stuur BreedBot een persoonlijk bericht met 'help'.",
        },
        ["safety"] = SafetyNotice.Data(UserLanguage.Dutch),
    };

    private static JsonObject English() => new()
    {
        ["title"] = "Welcome to BreedBot",
        ["intro"] = "BreedBot is here for peer consultation on domestic violence and child abuse. \"Maak het breed\": share a hard case instead of carrying it alone.",
        ["growing"] = "BreedBot is still being built. It is growing towards fixed duo partners and short reflections on a case. Send 'help' to see what it can do today.",
        ["stores"] = List(
            "What BreedBot stores",
            "This team's name and id.",
            "The address of this channel, so it can post here.",
            "Later, only what you choose to give it."),
        ["neverStores"] = List(
            "What BreedBot never stores",
            "Client names or anything else that identifies a client.",
            "Case files or case notes. BreedBot is not a case file: those stay in your own client system."),
        ["start"] = new JsonObject
        {
            ["heading"] = "How to start",
            ["text"] = "Send BreedBot a personal message saying 'help'.",
        },
        ["safety"] = SafetyNotice.Data(UserLanguage.English),
    };

    private static JsonObject List(string heading, params string[] items) => new()
    {
        ["heading"] = heading,
        ["items"] = new JsonArray([.. items.Select(item => (JsonNode?)JsonValue.Create(item))]),
    };
}
