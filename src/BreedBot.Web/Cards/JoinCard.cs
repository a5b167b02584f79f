using System.Text.Json.Nodes;
using BreedBot.Domain.Members;
using BreedBot.Domain.Pairing;
using BreedBot.Web.Localization;
using BreedBot.Web.Kernel;

namespace BreedBot.Web.Cards;

/// <summary>
/// The invitation to join a team's duo pairing, and the profile form behind "profiel". Answered with
/// Action.Execute, so a card with problems comes back in place with the answers kept.
/// </summary>
public static class JoinCard
{
    public const string TemplateName = "join";
    public const string SubmitVerb = "join.submit";
    public const string DeclineVerb = "join.decline";

    private static readonly DayOfWeek[] WorkingDays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    public static RenderedCard Render(UserLanguage language, JoinCardModel model) =>
        new(CardTemplates.Render(TemplateName, Data(language, model)), Summary(language));

    /// <summary>Content-free: no team name, no colleague.</summary>
    public static string Summary(UserLanguage language) =>
        language == UserLanguage.English ? "BreedBot: join your team's duos" : "BreedBot: doe mee met duo's";

    internal static JsonObject Data(UserLanguage language, JoinCardModel model)
    {
        var en = language == UserLanguage.English;
        var team = string.IsNullOrWhiteSpace(model.TeamName) ? (en ? "your team" : "je team") : model.TeamName.Trim();
        var answers = model.Answers;
        return new JsonObject
        {
            ["title"] = en ? $"Join the duos of {team}?" : $"Doe je mee met de duo's van {team}?",
            ["intro"] = en
                ? "BreedBot pairs you with a colleague for a short weekly moment: discuss a case, look back, share what you know. Joining is voluntary and you can stop at any time."
                : "BreedBot koppelt je aan een collega voor een kort vast moment per week: een casus bespreken, terugkijken, kennis delen. Meedoen is vrijwillig en je kunt altijd stoppen.",
            ["hasProblems"] = model.Problems.Count > 0,
            ["problems"] = new JsonArray([.. model.Problems.Select(p => (JsonNode?)JoinCardTexts.Problem(p, language))]),
            ["role"] = Choice(en ? "Your role" : "Je rol", en ? "Choose your role." : "Kies je rol.", answers.Role,
                Enum.GetValues<MemberRole>().Select(r => (r.ToString(), JoinCardTexts.RoleName(r, language)))),
            ["cluster"] = Choice(en ? "Professional group (for the meldcode)" : "Beroepsgroep (voor de meldcode)", en ? "Choose your professional group." : "Kies je beroepsgroep.", answers.Cluster,
                Enum.GetValues<Beroepscluster>().Select(c => (c.ToString(), JoinCardTexts.ClusterName(c, language)))),
            ["day"] = Choice(en ? "Weekly moment: day" : "Vast moment: dag", en ? "Choose a day." : "Kies een dag.", answers.Day,
                WorkingDays.Select(d => (d.ToString(), JoinCardTexts.DayName(d, language)))),
            ["time"] = new JsonObject
            {
                ["label"] = en ? "Time" : "Tijd",
                ["error"] = en ? "Choose a time between 07:00 and 19:00." : "Kies een tijd tussen 07:00 en 19:00.",
                ["value"] = answers.Time ?? "",
            },
            ["years"] = new JsonObject
            {
                ["label"] = en ? "Years of experience in this work (optional)" : "Jaren ervaring in dit werk (mag leeg)",
                ["placeholder"] = en ? "e.g. 5" : "bijv. 5",
                ["value"] = answers.Years ?? "",
            },
            ["notWith"] = NotWith(en, model.Colleagues, answers.NotWith),
            ["privacy"] = en
                ? "Only you see whom you would rather not be paired with. BreedBot stores these answers for pairing only."
                : "Alleen jij ziet met wie je liever niet gekoppeld wordt. BreedBot bewaart deze antwoorden alleen voor het koppelen.",
            ["teamId"] = model.TeamId,
            ["submit"] = new JsonObject { ["title"] = en ? "Join" : "Doe mee" },
            ["decline"] = new JsonObject { ["title"] = en ? "Not now" : "Niet nu" },
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

    private static JsonObject NotWith(bool en, IReadOnlyList<(string Key, string Name)> colleagues, string? value) => new()
    {
        ["label"] = en ? "Rather not paired with (at most 3, optional)" : "Liever niet gekoppeld met (hoogstens 3, mag leeg)",
        ["hasChoices"] = colleagues.Count > 0,
        ["value"] = value ?? "",
        ["choices"] = new JsonArray([.. colleagues.Select(c => (JsonNode?)new JsonObject { ["title"] = c.Name, ["value"] = c.Key })]),
    };
}
