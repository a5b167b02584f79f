using System.Text.Json.Nodes;
using BreedBot.Domain.Members;
using BreedBot.Domain.Pairing;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Members;

/// <summary>
/// The profile's inputs as card data (role, professional group, weekly moment, experience, "not with" and, in a team
/// in the organisation pool, "ook een duopartner buiten mijn team"), the same on the invitation and on the profile
/// card, so both send the answers under the same ids.
/// </summary>
internal static class ProfileFields
{
    private static readonly DayOfWeek[] WorkingDays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    public static void AddTo(JsonObject data, UserLanguage language, IReadOnlyList<(string Key, string Name)> colleagues, ProfileAnswers answers, bool? poolOptIn = null)
    {
        var t = MembersTexts.For(language);
        data["role"] = Choice(t.RoleLabel, t.RoleError, answers.Role,
            Enum.GetValues<MemberRole>().Select(r => (r.ToString(), MembersTexts.RoleName(r, language))));
        data["cluster"] = Choice(t.ClusterLabel, t.ClusterError, answers.Cluster,
            Enum.GetValues<Beroepscluster>().Select(c => (c.ToString(), MembersTexts.ClusterName(c, language))));
        data["day"] = Choice(t.DayLabel, t.DayError, answers.Day,
            WorkingDays.Select(d => (d.ToString(), DateTexts.DayName(d, language))));
        data["time"] = new JsonObject
        {
            ["label"] = t.TimeLabel,
            ["error"] = t.TimeError,
            ["value"] = answers.Time ?? "",
        };
        data["years"] = new JsonObject
        {
            ["label"] = t.YearsLabel,
            ["placeholder"] = t.YearsPlaceholder,
            ["value"] = answers.Years ?? "",
        };
        data["notWith"] = new JsonObject
        {
            ["label"] = t.NotWithLabel,
            ["hasChoices"] = colleagues.Count > 0,
            ["value"] = answers.NotWith ?? "",
            ["choices"] = new JsonArray([.. colleagues.Select(c => (JsonNode?)new JsonObject { ["title"] = c.Name, ["value"] = c.Key })]),
        };

        // Null: the team is not in the pool, so the card does not ask.
        data["pool"] = new JsonObject
        {
            ["offered"] = poolOptIn is not null,
            ["label"] = t.PoolLabel,
            ["title"] = t.PoolTitle,
            ["value"] = poolOptIn == true ? "true" : "false",
        };
    }

    private static JsonObject Choice(string label, string error, string? value, IEnumerable<(string Value, string Title)> choices) => new()
    {
        ["label"] = label,
        ["error"] = error,
        ["value"] = value ?? "",
        ["choices"] = new JsonArray([.. choices.Select(c => (JsonNode?)new JsonObject { ["title"] = c.Title, ["value"] = c.Value })]),
    };
}
