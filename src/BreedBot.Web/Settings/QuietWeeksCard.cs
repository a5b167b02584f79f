using System.Globalization;
using System.Text.Json.Nodes;
using BreedBot.Domain.Teams;
using BreedBot.Web.Cards;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Settings;

/// <summary>
/// The owners' quiet-weeks card, opened from the settings card: the team's quiet periods, each with "verwijderen", and
/// a label with two dates to add one. Updated in place; the server checks ownership and every value on each press.
/// </summary>
public static class QuietWeeksCard
{
    public const string TemplateName = "quiet-weeks";

    public static RenderedCard Render(UserLanguage language, QuietWeeksCardModel model) =>
        new(CardTemplates.Render(TemplateName, Data(language, model)), SettingsTexts.For(language).CardSummary);

    internal static JsonObject Data(UserLanguage language, QuietWeeksCardModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var t = SettingsTexts.For(language);
        var culture = DateTexts.Culture(language);
        return new JsonObject
        {
            ["title"] = t.QuietTitle(string.IsNullOrWhiteSpace(model.TeamName) ? "?" : model.TeamName.Trim()),
            ["intro"] = t.QuietIntro,
            ["hasNotice"] = model.Notice is not null,
            ["notice"] = model.Notice ?? "",
            ["hasProblems"] = model.Problems.Count > 0,
            ["problems"] = new JsonArray([.. model.Problems.Select(p => (JsonNode?)p)]),
            ["isEmpty"] = model.Periods.Count == 0,
            ["none"] = t.QuietNone,
            ["periods"] = new JsonArray([.. model.Periods.Select(p => (JsonNode?)new JsonObject
            {
                ["text"] = $"{p.Label}: {Day(p.From, culture)} – {Day(p.To, culture)}",
                ["remove"] = t.QuietRemove,
                ["teamId"] = model.TeamId,
                ["from"] = Iso(p.From),
                ["to"] = Iso(p.To),
            })]),
            ["add"] = new JsonObject
            {
                ["labelLabel"] = t.QuietLabelLabel,
                ["placeholder"] = t.QuietLabelPlaceholder,
                ["label"] = model.Typed.Label ?? "",
                ["fromLabel"] = t.QuietFromLabel,
                ["toLabel"] = t.QuietToLabel,
                ["dateError"] = t.QuietDateError,
                ["min"] = Iso(model.Today),
                ["from"] = model.Typed.From ?? "",
                ["to"] = model.Typed.To ?? "",
                ["title"] = t.QuietAdd,
            },
            ["teamId"] = model.TeamId,
            ["back"] = t.QuietBack,
            ["acuteAction"] = AcuteAction.Data(language),
        };
    }

    private static string Day(DateOnly date, CultureInfo culture) => date.ToString("ddd d MMM yyyy", culture);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>
/// What the quiet-weeks card shows: the team, its periods, the team's today (no earlier date is offered), what was
/// typed when a press comes back with problems, and a notice.
/// </summary>
public sealed record QuietWeeksCardModel(string TeamId, string? TeamName, IReadOnlyList<QuietPeriod> Periods, DateOnly Today)
{
    public (string? Label, string? From, string? To) Typed { get; init; }

    public string? Notice { get; init; }

    public IReadOnlyList<string> Problems { get; init; } = [];
}
