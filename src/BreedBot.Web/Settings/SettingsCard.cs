using System.Globalization;
using System.Text.Json.Nodes;
using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.Settings;
using BreedBot.Domain.Teams;
using BreedBot.Web.Cards;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Settings;

/// <summary>
/// The owners' settings card ("@BreedBot instellingen"), updated in place with Action.Execute. The
/// server checks ownership and every value on each submit; the card's own limits are a courtesy.
/// </summary>
public static class SettingsCard
{
    public const string TemplateName = "settings";

    private static readonly DayOfWeek[] WorkingDays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    public static RenderedCard Render(UserLanguage language, SettingsCardModel model) =>
        new(CardTemplates.Render(TemplateName, Data(language, model)), SettingsTexts.For(language).CardSummary);

    internal static JsonObject Data(UserLanguage language, SettingsCardModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var t = SettingsTexts.For(language);
        var v = model.Values;
        var r = model.Retention;
        return new JsonObject
        {
            ["title"] = t.CardTitle(model.TeamName),
            ["intro"] = t.CardIntro,
            ["hasNotice"] = model.Notice is not null,
            ["notice"] = model.Notice ?? "",
            ["hasProblems"] = model.Problems.Count > 0,
            ["problems"] = new JsonArray([.. model.Problems.Select(p => (JsonNode?)p)]),
            ["summaryDay"] = Choice(t.SummaryDayLabel, t.SummaryDayError, v.SummaryDay,
                WorkingDays.Select(d => (d.ToString(), DateTexts.DayName(d, language)))),
            ["summaryTime"] = new JsonObject
            {
                ["label"] = t.SummaryTimeLabel,
                ["error"] = t.SummaryTimeError,
                ["value"] = v.SummaryTime ?? "",
            },
            ["timeZone"] = Choice(t.TimeZoneLabel, t.TimeZoneError, v.TimeZoneId,
                TeamTimeZones.Offered.Select(z => (z, SettingsTexts.Zone(z, language)))),
            ["rotation"] = Choice(t.RotationLabel, t.RotationError, v.Rotation,
                RotationChoices().Select(w => (SettingsValidator.Canonical(w), SettingsTexts.Rotation(w, language)))),
            ["rhythm"] = Choice(t.RhythmLabel, t.RhythmError, v.Rhythm ?? nameof(DuoRhythm.EveryWeek),
                Enum.GetValues<DuoRhythm>().Select(m => (m.ToString(), LabelTexts.Capitalized(SettingsTexts.RhythmName(m.ToString(), language == UserLanguage.English))))),
            ["rhythmHint"] = t.RhythmHint,
            ["af"] = new JsonObject
            {
                ["label"] = "Aandachtsfunctionaris",
                ["error"] = t.AfError,
                ["value"] = v.Aandachtsfunctionaris ?? SettingsForm.Nobody,
                ["hint"] = t.AfHint,
                ["choices"] = Choices(
                    new[] { (SettingsForm.Nobody, t.Nobody) }.Concat(model.Members.Select(m => (m.Key, m.Name)))),
            },
            ["mixRoles"] = new JsonObject
            {
                ["label"] = t.MixRolesLabel,
                ["title"] = t.MixRolesTitle,
                ["value"] = v.MixRoles == "false" ? "false" : "true",
            },
            ["retention"] = new JsonObject
            {
                ["label"] = t.RetentionLabel(r),
                ["error"] = t.RetentionError(r),
                ["min"] = r.MinDays,
                ["max"] = r.MaxDays,
                ["value"] = int.TryParse(v.RetentionDays, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && r.Contains(days) ? days : r.DefaultDays,
            },
            ["paused"] = new JsonObject
            {
                ["label"] = t.PausedLabel,
                ["title"] = t.PausedTitle,
                ["value"] = v.Paused == "true" ? "true" : "false",
            },
            ["hasChanges"] = model.Changes is not null,
            ["changes"] = new JsonObject
            {
                ["heading"] = t.ChangesHeading,
                ["lines"] = new JsonArray([.. (model.Changes is { Count: > 0 } lines ? lines : [t.NoChanges]).Select(l => (JsonNode?)l)]),
            },
            ["teamId"] = model.TeamId,
            ["save"] = new JsonObject { ["title"] = t.SaveButton },
            ["showChanges"] = new JsonObject { ["title"] = t.ChangesButton },
            ["quietWeeks"] = new JsonObject { ["title"] = t.QuietWeeksButton },
            ["pool"] = new JsonObject { ["title"] = t.PoolButton },
        };
    }

    private static IEnumerable<int> RotationChoices() =>
        Enumerable.Range(RotationInterval.MinWeeks, RotationInterval.MaxWeeks - RotationInterval.MinWeeks + 1).Append(RotationInterval.Never);

    private static JsonObject Choice(string label, string error, string? value, IEnumerable<(string Value, string Title)> choices) => new()
    {
        ["label"] = label,
        ["error"] = error,
        ["value"] = value ?? "",
        ["choices"] = Choices(choices),
    };

    private static JsonArray Choices(IEnumerable<(string Value, string Title)> choices) =>
        [.. choices.Select(c => (JsonNode?)new JsonObject { ["title"] = c.Title, ["value"] = c.Value })];
}
