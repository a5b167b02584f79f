using System.Text.Json.Nodes;
using BreedBot.Domain.Commands;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Cards;

/// <summary>
/// The help card: what BreedBot is and the commands that exist today. It grows with BreedBot —
/// a capability gets a row in <see cref="Commands"/> when it lands, never before.
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

    private static JsonArray Commands(bool english) =>
    [
        new JsonObject
        {
            // The words people reach for first; the others (nood, gevaar, danger …) work too.
            ["keyword"] = "acuut · spoed · 112 · emergency",
            ["description"] = english
                ? "Direct danger? 112 and Veilig Thuis first, and an urgent consult with your duo partner and aandachtsfunctionaris. 'Acute danger' is also on every card."
                : "Direct gevaar? Eerst 112 en Veilig Thuis, en met spoed overleg met je duopartner en aandachtsfunctionaris. 'Acuut gevaar' staat ook op elke kaart.",
        },
        Row(BotCommand.Help, english ? "This overview" : "Dit overzicht"),
        Row(BotCommand.Join, english ? "Join the duos of your team" : "Meedoen met de duo's van je team"),
        Row(BotCommand.Profile, english ? "See and change your answers" : "Je antwoorden bekijken en aanpassen"),
        new JsonObject
        {
            // Examples, not "<datum>": card renderers swallow anything that looks like an HTML tag.
            ["keyword"] = "pauze tot 1-3-2027 · pause until 1-3-2027",
            ["description"] = english ? "Take a break up to and including that date" : "Even niet meedoen, tot en met die datum",
        },
        Row(BotCommand.Stop, english ? "Stop taking part" : "Niet meer meedoen"),
        Row(BotCommand.MyData, english ? "Everything BreedBot keeps about you" : "Alles wat BreedBot over je bewaart"),
        Row(BotCommand.DeleteMyData, english ? "Delete all of it (asks first)" : "Dat allemaal verwijderen (vraagt eerst)"),
        Row(BotCommand.MyDuo, english ? "Your duo partner and weekly moment" : "Je duo-partner en jullie vaste moment"),
        Row(BotCommand.Swap, english ? "A different partner, once per round" : "Een andere partner, één keer per ronde"),
        Row(BotCommand.Meldcode, english ? "The five meldcode steps, their questions and the afwegingskader" : "De vijf stappen van de meldcode, de vragen erbij en het afwegingskader"),
        Row(BotCommand.PairDuos, english ? "Team owners, in the channel: pair the duos" : "Eigenaren, in het kanaal: de duo's koppelen"),
        new JsonObject
        {
            ["keyword"] = "rotatie 8 · rotation 8",
            ["description"] = english ? "Team owners, in the channel: re-pair every 4–26 weeks (default 8), or 'never'" : "Eigenaren, in het kanaal: elke 4–26 weken opnieuw koppelen (standaard 8), of 'nooit'",
        },
        Row(BotCommand.Summary, english ? "Team owners, in the channel: post this week's summary now" : "Eigenaren, in het kanaal: het weekoverzicht nu plaatsen"),
        Row(BotCommand.Reflection, english ? "Reflect on a case in eight short steps; share it with your duo partner if you like" : "In acht korte stappen reflecteren op een casus; delen met je duo-partner als je wilt"),
        Row(BotCommand.CourageStory, english ? "A short courage story for your team's next weekly summary, anonymous; send it again to see or withdraw it" : "Een kort moedig verhaal voor het volgende weekoverzicht van je team, anoniem; stuur het nog eens om het te zien of in te trekken"),
        Row(BotCommand.Settings, english ? "Team owners, in the channel: summary day and time, time zone, re-pairing, aandachtsfunctionaris, mixing roles, retention, pause" : "Eigenaren, in het kanaal: dag en tijd van het overzicht, tijdzone, opnieuw koppelen, aandachtsfunctionaris, rollen mengen, bewaartermijn, pauzeren"),
        Row(BotCommand.Status, english ? "Team owners, in the channel: how many reminders and other messages reached people this week and last" : "Eigenaren, in het kanaal: hoeveel herinneringen en andere berichten deze en vorige week zijn bezorgd"),
    ];

    private static JsonObject Row(BotCommand command, string description) => new()
    {
        ["keyword"] = string.Join(" · ", CommandParser.WordsFor(command)),
        ["description"] = description,
    };
}
