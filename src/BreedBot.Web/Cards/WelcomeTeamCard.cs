using System.Text.Json.Nodes;
using BreedBot.Web.Localization;
using BreedBot.Web.Kernel;

namespace BreedBot.Web.Cards;

/// <summary>
/// The welcome posted in a team's channel on install: what BreedBot is for, what it stores and
/// never stores, how to start. Names only what exists; what BreedBot grows into is said as such.
/// </summary>
public static class WelcomeTeamCard
{
    public const string TemplateName = "welcome-team";

    /// <summary>The owners' button: pair the duos now (the owner check happens on the server).</summary>
    public const string PairVerb = "pairing.start";

    public static RenderedCard Render(UserLanguage language) =>
        new(CardTemplates.Render(TemplateName, Data(language)), Summary(language));

    /// <summary>The language the card was posted in, from its button's data ("nl" or "en"); Dutch for cards from before it was there.</summary>
    public static UserLanguage LanguageOf(System.Text.Json.JsonElement data) =>
        data.ValueKind == System.Text.Json.JsonValueKind.Object && data.TryGetProperty("language", out var language)
        && language.ValueKind == System.Text.Json.JsonValueKind.String && language.GetString() == "en"
            ? UserLanguage.English
            : UserLanguage.Dutch;

    public static string Summary(UserLanguage language) =>
        language == UserLanguage.English ? "BreedBot: welcome" : "BreedBot: welkom";

    internal static JsonObject Data(UserLanguage language) =>
        language == UserLanguage.English ? English() : Dutch();

    private static JsonObject Dutch() => new()
    {
        ["title"] = "Welkom bij BreedBot",
        ["intro"] = "BreedBot is er voor collegiale consultatie bij huiselijk geweld en kindermishandeling. Maak het breed: een zware casus draag je niet alleen.",
        ["growing"] = "Iedereen in dit team krijgt een persoonlijke uitnodiging voor vaste duo's: met een collega een kort moment per week om een casus te bespreken of terug te kijken. Meedoen is vrijwillig. Korte reflecties op een casus volgen nog.",
        ["stores"] = List(
            "Wat BreedBot bewaart",
            "De naam en het id van dit team.",
            "Het adres van dit kanaal, om hier berichten te kunnen plaatsen.",
            "Van wie meedoet: rol, beroepsgroep, voorkeursmoment, en met wie liever niet (dat ziet alleen die persoon zelf).",
            "Wie met wie een duo vormt."),
        ["neverStores"] = List(
            "Wat BreedBot nooit bewaart",
            "Namen van cliënten of andere gegevens waaraan een cliënt te herkennen is.",
            "Dossiers of verslagen van een casus. BreedBot is geen dossier: dat blijft in jullie eigen cliëntsysteem."),
        ["start"] = new JsonObject
        {
            ["heading"] = "Zo begin je",
            ["text"] = "Doe mee via je persoonlijke uitnodiging. Eigenaren koppelen de duo's met de knop hieronder of met '@BreedBot koppel duo's'. Stuur BreedBot 'help' voor alles wat kan.",
        },
        ["safety"] = SafetyNotice.Data(UserLanguage.Dutch),
        ["acuteAction"] = AcuteAction.Data(UserLanguage.Dutch),
        ["pairTitle"] = "Koppel duo's (eigenaren)",
        ["language"] = "nl",
    };

    private static JsonObject English() => new()
    {
        ["title"] = "Welcome to BreedBot",
        ["intro"] = "BreedBot is here for peer consultation on domestic violence and child abuse. \"Maak het breed\": share a hard case instead of carrying it alone.",
        ["growing"] = "Everyone in this team gets a personal invitation to fixed duos: a short weekly moment with a colleague to discuss a case or look back. Joining is voluntary. Short reflections on a case are still to come.",
        ["stores"] = List(
            "What BreedBot stores",
            "This team's name and id.",
            "The address of this channel, so it can post here.",
            "Of those who join: role, professional group, preferred moment, and whom they'd rather not be paired with (only they see that).",
            "Who forms a duo with whom."),
        ["neverStores"] = List(
            "What BreedBot never stores",
            "Client names or anything else that identifies a client.",
            "Case files or case notes. BreedBot is not a case file: those stay in your own client system."),
        ["start"] = new JsonObject
        {
            ["heading"] = "How to start",
            ["text"] = "Join through your personal invitation. Owners pair the duos with the button below or with '@BreedBot pair duos'. Send BreedBot 'help' for everything it can do.",
        },
        ["safety"] = SafetyNotice.Data(UserLanguage.English),
        ["acuteAction"] = AcuteAction.Data(UserLanguage.English),
        ["pairTitle"] = "Pair duos (owners)",
        ["language"] = "en",
    };

    private static JsonObject List(string heading, params string[] items) => new()
    {
        ["heading"] = heading,
        ["items"] = new JsonArray([.. items.Select(item => (JsonNode?)JsonValue.Create(item))]),
    };
}
