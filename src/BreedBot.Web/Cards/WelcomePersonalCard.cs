using System.Text.Json.Nodes;
using BreedBot.Web.Localization;
using BreedBot.Web.Kernel;

namespace BreedBot.Web.Cards;

/// <summary>The short welcome in personal chat, greeting the user by first name when Teams gave one.</summary>
public static class WelcomePersonalCard
{
    public const string TemplateName = "welcome-personal";

    public static RenderedCard Render(UserLanguage language, string? firstName) =>
        new(CardTemplates.Render(TemplateName, Data(language, firstName)), Summary(language));

    /// <summary>Never contains the name: the summary shows on lock screens.</summary>
    public static string Summary(UserLanguage language) =>
        language == UserLanguage.English ? "BreedBot: welcome" : "BreedBot: welkom";

    internal static JsonObject Data(UserLanguage language, string? firstName)
    {
        var english = language == UserLanguage.English;
        var name = firstName?.Trim();
        var data = new JsonObject
        {
            ["greeting"] = english ? "Hi" : "Hoi",
            ["hasFirstName"] = !string.IsNullOrEmpty(name),
            ["intro"] = english
                ? "I'm BreedBot. I help you share a hard case instead of carrying it alone: \"maak het breed\"."
                : "Ik ben BreedBot. Ik help je om een zware casus niet alleen te dragen: maak het breed.",
            ["nextStep"] = english
                ? "Send me 'help' to see what I can do for you now."
                : "Stuur me 'help' en je ziet wat ik nu voor je kan doen.",
            ["privacy"] = english
                ? "Never share client names or anything else that identifies a client here."
                : "Deel hier nooit namen of andere gegevens waaraan een cliënt te herkennen is.",
            ["safety"] = SafetyNotice.Data(language),
            ["acuteAction"] = AcuteAction.Data(language),
        };

        // Only present when there is one: the template shows it under $when, and the binder is strict.
        if (!string.IsNullOrEmpty(name))
        {
            data["firstName"] = name;
        }

        return data;
    }
}
