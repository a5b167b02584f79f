using System.Text.Json.Nodes;
using BreedBot.Web.Cards;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;

namespace BreedBot.Web.CourageStories;

/// <summary>The exact text of a courage story as the summary will show it, to confirm or edit.</summary>
public static class CouragePreviewCard
{
    public const string TemplateName = "courage-preview";

    public static RenderedCard Render(UserLanguage language, string teamId, string? teamName, string story) =>
        new(CardTemplates.Render(TemplateName, Data(language, teamId, teamName, story)), CourageStoryTexts.Summary(language));

    internal static JsonObject Data(UserLanguage language, string teamId, string? teamName, string story)
    {
        var en = language == UserLanguage.English;
        var team = CourageStoryTexts.TeamName(teamName, en);
        return new JsonObject
        {
            ["title"] = CourageStoryTexts.PreviewTitle(en),
            ["intro"] = CourageStoryTexts.PreviewIntro(team, en),
            ["storyLabel"] = LabelTexts.CourageStory(language, 1),
            ["story"] = story,
            ["note"] = CourageStoryTexts.PreviewNote(en),
            ["confirmTitle"] = CourageStoryTexts.ConfirmButton(en),
            ["editTitle"] = CourageStoryTexts.EditButton(en),
            ["team"] = teamId,
            ["acuteAction"] = AcuteAction.Data(language),
        };
    }
}
