using System.Text.Json.Nodes;
using BreedBot.Web.Cards;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Installation;

/// <summary>The short welcome in personal chat, greeting the user by first name when Teams gave one.</summary>
public static class WelcomePersonalCard
{
    public const string TemplateName = "welcome-personal";

    public static RenderedCard Render(UserLanguage language, string? firstName) =>
        new(CardTemplates.Render(TemplateName, Data(language, firstName)), Summary(language));

    /// <summary>Never contains the name: the summary shows on lock screens.</summary>
    public static string Summary(UserLanguage language) => InstallationTexts.For(language).WelcomeSummary;

    internal static JsonObject Data(UserLanguage language, string? firstName)
    {
        var t = InstallationTexts.For(language);
        var name = firstName?.Trim();
        var data = new JsonObject
        {
            ["greeting"] = t.Greeting,
            ["hasFirstName"] = !string.IsNullOrEmpty(name),
            ["intro"] = t.PersonalIntro,
            ["nextStep"] = t.PersonalNextStep,
            ["privacy"] = t.PersonalPrivacy,
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
