using System.Text.Json.Nodes;
using BreedBot.Web.Cards;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Members;

/// <summary>
/// The invitation to join a team's duo pairing (the profile card behind "profiel" is <see cref="ProfileCard"/>: it has no "Niet nu"). Answered with
/// Action.Execute, so a card with problems comes back in place with the answers kept.
/// </summary>
public static class JoinCard
{
    public const string TemplateName = "join";

    public static RenderedCard Render(UserLanguage language, JoinCardModel model) =>
        new(CardTemplates.Render(TemplateName, Data(language, model)), Summary(language));

    /// <summary>Content-free: no team name, no colleague.</summary>
    public static string Summary(UserLanguage language) => MembersTexts.For(language).JoinSummary;

    internal static JsonObject Data(UserLanguage language, JoinCardModel model)
    {
        var t = MembersTexts.For(language);
        var team = t.Team(model.TeamName?.Trim());
        var data = new JsonObject
        {
            ["title"] = t.JoinTitle(team),
            ["intro"] = t.JoinIntro,
            ["hasProblems"] = model.Problems.Count > 0,
            ["problems"] = new JsonArray([.. model.Problems.Select(p => (JsonNode?)MembersTexts.Problem(p, language))]),
        };
        ProfileFields.AddTo(data, language, model.Colleagues, model.Answers, model.PoolOptIn);
        data["privacy"] = t.JoinPrivacy;
        data["teamId"] = model.TeamId;
        data["submit"] = new JsonObject { ["title"] = t.JoinButton };
        data["decline"] = new JsonObject { ["title"] = t.NotNowButton };
        data["acuteAction"] = AcuteAction.Data(language);
        return data;
    }
}
