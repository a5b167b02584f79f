using System.Text.Json.Nodes;
using BreedBot.Web.Cards;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;

namespace BreedBot.Web.CourageStories;

/// <summary>"deel een moedig moment": write a short courage story for a team's next summary, or withdraw a waiting one.</summary>
public static class CourageCard
{
    public const string TemplateName = "courage";

    public static RenderedCard Render(UserLanguage language, CourageCardModel model) =>
        new(CardTemplates.Render(TemplateName, Data(language, model)), CourageStoryTexts.Summary(language));

    internal static JsonObject Data(UserLanguage language, CourageCardModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var en = language == UserLanguage.English;
        var canWrite = model.WritableTeams.Count > 0;
        var choice = model.WritableTeams.Count > 1;
        return new JsonObject
        {
            ["title"] = CourageStoryTexts.FormTitle(en),
            ["lines"] = new JsonArray([.. Lines(model, canWrite, en).Select(l => (JsonNode?)l)]),
            ["pending"] = new JsonArray([.. model.Pending.Select(p => (JsonNode?)new JsonObject
            {
                ["label"] = CourageStoryTexts.Waiting(p.TeamName, en),
                ["text"] = p.Story.Text,
                ["withdrawTitle"] = CourageStoryTexts.WithdrawButton(en),
                ["team"] = p.Story.TeamId,
                ["id"] = p.Story.Id,
            })]),
            ["canWrite"] = canWrite,
            ["hasTeamChoice"] = choice,
            ["teamLabel"] = CourageStoryTexts.TeamLabel(en),
            ["teamError"] = CourageStoryTexts.TeamError(en),
            ["team"] = choice ? model.TeamId ?? "" : "",
            ["teams"] = new JsonArray([.. model.WritableTeams.Select(t => (JsonNode?)new JsonObject { ["title"] = CourageStoryTexts.TeamName(t.TeamName, en), ["value"] = t.TeamId })]),
            ["onlyTeam"] = canWrite && !choice ? model.WritableTeams[0].TeamId : "",
            ["storyLabel"] = CourageStoryTexts.StoryLabel(en),
            ["placeholder"] = CourageStoryTexts.Placeholder(en),
            ["story"] = model.Story ?? "",
            ["hasProblem"] = !string.IsNullOrEmpty(model.Problem),
            ["problem"] = model.Problem ?? "",
            ["previewTitle"] = CourageStoryTexts.PreviewButton(en),
            ["acuteAction"] = AcuteAction.Data(language),
        };
    }

    private static IEnumerable<string> Lines(CourageCardModel model, bool canWrite, bool en) =>
        !model.InAnyTeam ? [CourageStoryTexts.NotInATeam(en)]
        : canWrite ? CourageStoryTexts.HowToWrite(en)
        : [CourageStoryTexts.OnePerTeam(en)];
}
