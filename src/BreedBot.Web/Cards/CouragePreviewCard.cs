using System.Text.Json.Nodes;
using BreedBot.Web.Localization;
using BreedBot.Web.Kernel;

namespace BreedBot.Web.Cards;

/// <summary>The exact text of a courage story as the summary will show it, to confirm or edit.</summary>
public static class CouragePreviewCard
{
    public const string TemplateName = "courage-preview";
    public const string ConfirmVerb = "courage.confirm";
    public const string EditVerb = "courage.edit";

    public static RenderedCard Render(UserLanguage language, string teamId, string? teamName, string story) =>
        new(CardTemplates.Render(TemplateName, Data(language, teamId, teamName, story)), CourageCard.Summary(language));

    internal static JsonObject Data(UserLanguage language, string teamId, string? teamName, string story)
    {
        var en = language == UserLanguage.English;
        var team = CourageCard.TeamName(teamName, en);
        return new JsonObject
        {
            ["title"] = en ? "This is how it will appear" : "Zo komt het in het overzicht",
            ["intro"] = en
                ? $"Exactly this text appears in the next weekly summary of {team}, without your name."
                : $"Precies deze tekst komt in het volgende weekoverzicht van {team}, zonder je naam.",
            ["storyLabel"] = SummaryCard.StoryLabel(language),
            ["story"] = story,
            ["note"] = en
                ? "Until the summary is posted you can withdraw it: send 'share a brave moment'."
                : "Tot het overzicht geplaatst is, kun je het intrekken: stuur 'deel een moedig moment'.",
            ["confirmTitle"] = en ? "Put it in the summary" : "Zet het in het overzicht",
            ["editTitle"] = en ? "Edit" : "Aanpassen",
            ["team"] = teamId,
            ["acuteAction"] = AcuteAction.Data(language),
        };
    }
}
