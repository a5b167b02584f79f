using System.Text.Json.Nodes;
using BreedBot.Web.Cards;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Installation;

/// <summary>
/// The welcome posted in a team's channel on install: what BreedBot is for, what it stores and never stores, how to
/// start, and the owners' button that pairs the duos (the owner check happens on the server). The button carries the
/// card's language, so the channel's answer to it speaks the language the card was posted in.
/// </summary>
public static class WelcomeTeamCard
{
    public const string TemplateName = "welcome-team";

    public static RenderedCard Render(UserLanguage language) =>
        new(CardTemplates.Render(TemplateName, Data(language)), Summary(language));

    public static string Summary(UserLanguage language) => InstallationTexts.For(language).WelcomeSummary;

    internal static JsonObject Data(UserLanguage language)
    {
        var t = InstallationTexts.For(language);
        return new JsonObject
        {
            ["title"] = t.TeamTitle,
            ["intro"] = t.TeamIntro,
            ["growing"] = t.TeamGrowing,
            ["stores"] = List(t.StoresHeading, t.Stores),
            ["neverStores"] = List(t.NeverStoresHeading, t.NeverStores),
            ["start"] = new JsonObject
            {
                ["heading"] = t.StartHeading,
                ["text"] = t.StartText,
            },
            ["safety"] = SafetyNotice.Data(language),
            ["acuteAction"] = AcuteAction.Data(language),
            ["pairTitle"] = t.PairTitle,
            ["language"] = t.LanguageTag,
        };
    }

    private static JsonObject List(string heading, string[] items) => new()
    {
        ["heading"] = heading,
        ["items"] = new JsonArray([.. items.Select(item => (JsonNode?)JsonValue.Create(item))]),
    };
}
