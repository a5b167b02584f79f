using System.Text.Json.Nodes;
using BreedBot.Domain.Pairing;
using BreedBot.Web.Cards;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Members;

/// <summary>
/// The invitation to join a team's duo pairing, and the profile form behind "profiel". Answered with
/// Action.Execute, so a card with problems comes back in place with the answers kept.
/// </summary>
public static class JoinCard
{
    public const string TemplateName = "join";
    private static readonly DayOfWeek[] WorkingDays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    public static RenderedCard Render(UserLanguage language, JoinCardModel model) =>
        new(CardTemplates.Render(TemplateName, Data(language, model)), Summary(language));

    /// <summary>Content-free: no team name, no colleague.</summary>
    public static string Summary(UserLanguage language) => MembersTexts.For(language).JoinSummary;

    internal static JsonObject Data(UserLanguage language, JoinCardModel model)
    {
        var t = MembersTexts.For(language);
        var team = t.Team(model.TeamName?.Trim());
        var answers = model.Answers;
        return new JsonObject
        {
            ["title"] = t.JoinTitle(team),
            ["intro"] = t.JoinIntro,
            ["hasProblems"] = model.Problems.Count > 0,
            ["problems"] = new JsonArray([.. model.Problems.Select(p => (JsonNode?)MembersTexts.Problem(p, language))]),
            ["role"] = Choice(t.RoleLabel, t.RoleError, answers.Role,
                Enum.GetValues<MemberRole>().Select(r => (r.ToString(), MembersTexts.RoleName(r, language)))),
            ["cluster"] = Choice(t.ClusterLabel, t.ClusterError, answers.Cluster,
                Enum.GetValues<Beroepscluster>().Select(c => (c.ToString(), MembersTexts.ClusterName(c, language)))),
            ["day"] = Choice(t.DayLabel, t.DayError, answers.Day,
                WorkingDays.Select(d => (d.ToString(), DateTexts.DayName(d, language)))),
            ["time"] = new JsonObject
            {
                ["label"] = t.TimeLabel,
                ["error"] = t.TimeError,
                ["value"] = answers.Time ?? "",
            },
            ["years"] = new JsonObject
            {
                ["label"] = t.YearsLabel,
                ["placeholder"] = t.YearsPlaceholder,
                ["value"] = answers.Years ?? "",
            },
            ["notWith"] = NotWith(t, model.Colleagues, answers.NotWith),
            ["pool"] = new JsonObject
            {
                ["offered"] = model.PoolOptIn is not null,
                ["label"] = t.PoolLabel,
                ["title"] = t.PoolTitle,
                ["value"] = model.PoolOptIn == true ? "true" : "false",
            },
            ["privacy"] = t.JoinPrivacy,
            ["teamId"] = model.TeamId,
            ["submit"] = new JsonObject { ["title"] = t.JoinButton },
            ["decline"] = new JsonObject { ["title"] = t.NotNowButton },
            ["acuteAction"] = AcuteAction.Data(language),
        };
    }

    private static JsonObject Choice(string label, string error, string? value, IEnumerable<(string Value, string Title)> choices) => new()
    {
        ["label"] = label,
        ["error"] = error,
        ["value"] = value ?? "",
        ["choices"] = new JsonArray([.. choices.Select(c => (JsonNode?)new JsonObject { ["title"] = c.Title, ["value"] = c.Value })]),
    };

    private static JsonObject NotWith(MembersTexts t, IReadOnlyList<(string Key, string Name)> colleagues, string? value) => new()
    {
        ["label"] = t.NotWithLabel,
        ["hasChoices"] = colleagues.Count > 0,
        ["value"] = value ?? "",
        ["choices"] = new JsonArray([.. colleagues.Select(c => (JsonNode?)new JsonObject { ["title"] = c.Name, ["value"] = c.Key })]),
    };
}
