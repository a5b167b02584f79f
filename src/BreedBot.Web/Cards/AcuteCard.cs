using System.Text.Json.Nodes;
using BreedBot.Web.Acute;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Cards;

/// <summary>
/// The acute-danger card: 112 and Veilig Thuis first, then "vraag nu om overleg". Built from
/// constants only, so it renders when storage is down. After the consult the same card says
/// what happened, with the numbers still on top.
/// </summary>
public static class AcuteCard
{
    public const string TemplateName = "acute";

    /// <summary>What happened to a consult request.</summary>
    public enum ConsultOutcome
    {
        Sent,
        NobodyToAsk,
        NotSent,
    }

    public static RenderedCard Render(UserLanguage language, string? reflectionId) =>
        new(CardTemplates.Render(TemplateName, Data(language, reflectionId, null)), Summary(language));

    public static RenderedCard AfterConsult(UserLanguage language, string? reflectionId, ConsultOutcome outcome) =>
        new(CardTemplates.Render(TemplateName, Data(language, reflectionId, outcome)), Summary(language));

    /// <summary>Content-free, and says nothing about danger on a lock screen.</summary>
    public static string Summary(UserLanguage language) => language == UserLanguage.English ? "BreedBot: help now" : "BreedBot: hulp nu";

    internal static JsonObject Data(UserLanguage language, string? reflectionId, ConsultOutcome? outcome)
    {
        var en = language == UserLanguage.English;
        var hasReflection = !string.IsNullOrEmpty(reflectionId);
        return new JsonObject
        {
            ["call112"] = en ? "Direct danger? Call 112 now." : "Direct gevaar? Bel nu 112.",
            ["veiligThuis"] = en
                ? "Veilig Thuis: 0800-2000, free, day and night, for advice or a report."
                : "Veilig Thuis: 0800-2000, gratis, dag en nacht, voor advies of een melding.",
            ["hasStatus"] = outcome is not null,
            ["status"] = outcome switch
            {
                ConsultOutcome.Sent => en
                    ? "Sent: I've asked for an urgent consult with you. Nothing about the case was in that message."
                    : "Verstuurd: ik heb gevraagd met spoed met je te overleggen. Over de casus stond er niets in.",
                ConsultOutcome.NobodyToAsk => en
                    ? "You have no duo partner or aandachtsfunctionaris in BreedBot yet, so I could not ask anyone. Call Veilig Thuis or 112."
                    : "Je hebt in BreedBot nog geen duo-partner of aandachtsfunctionaris, dus ik kon niemand vragen. Bel Veilig Thuis of 112.",
                ConsultOutcome.NotSent => en
                    ? "Sorry, I could not send the consult request. Call 112 in direct danger, or Veilig Thuis 0800-2000."
                    : "Sorry, het overlegverzoek kon ik niet versturen. Bel 112 bij direct gevaar, of Veilig Thuis 0800-2000.",
                _ => string.Empty,
            },
            ["showConsult"] = outcome is null,
            ["consultIntro"] = en
                ? "Want to talk it through now? I'll message your duo partner and your aandachtsfunctionaris at once, without anything about the case."
                : "Wil je nu met iemand overleggen? Dan stuur ik je duo-partner en je aandachtsfunctionaris meteen een bericht, zonder iets over de casus.",
            ["consultButton"] = en ? "Ask for a consult now" : "Vraag nu om overleg",
            ["consultVerb"] = AcuteVerbs.Consult,
            ["afterwards"] = en ? "Your reflection can continue afterwards." : "Je reflectie kun je daarna gewoon verder invullen.",
            ["hasReflection"] = hasReflection,
            ["resumeButton"] = en ? "Back to my reflection" : "Terug naar mijn reflectie",
            ["resumeVerb"] = AcuteVerbs.ResumeReflection,
            ["reflectionId"] = reflectionId ?? string.Empty,
        };
    }
}
