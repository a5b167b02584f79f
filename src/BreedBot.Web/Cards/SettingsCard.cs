using System.Globalization;
using System.Text.Json.Nodes;
using BreedBot.Domain.Settings;
using BreedBot.Domain.Teams;
using BreedBot.Web.Localization;
using BreedBot.Web.Settings;

namespace BreedBot.Web.Cards;

/// <summary>
/// The owners' settings card ("@BreedBot instellingen"), updated in place with Action.Execute. The
/// server checks ownership and every value on each submit; the card's own limits are a courtesy.
/// </summary>
public static class SettingsCard
{
    public const string TemplateName = "settings";
    public const string SaveVerb = "settings.save";
    public const string ChangesVerb = "settings.changes";

    private static readonly DayOfWeek[] WorkingDays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    public static RenderedCard Render(UserLanguage language, SettingsCardModel model) =>
        new(CardTemplates.Render(TemplateName, Data(language, model)), Summary(language));

    /// <summary>Content-free: no team, no person.</summary>
    public static string Summary(UserLanguage language) =>
        language == UserLanguage.English ? "BreedBot: team settings" : "BreedBot: teaminstellingen";

    internal static JsonObject Data(UserLanguage language, SettingsCardModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var en = language == UserLanguage.English;
        var team = string.IsNullOrWhiteSpace(model.TeamName) ? (en ? "this team" : "dit team") : model.TeamName.Trim();
        var v = model.Values;
        var r = model.Retention;
        return new JsonObject
        {
            ["title"] = en ? $"BreedBot settings for {team}" : $"Instellingen van BreedBot voor {team}",
            ["intro"] = en
                ? "Only the team's owners can change these; every change is recorded with who made it."
                : "Alleen eigenaren van het team kunnen dit aanpassen; elke wijziging wordt vastgelegd met wie hem deed.",
            ["hasNotice"] = model.Notice is not null,
            ["notice"] = model.Notice ?? "",
            ["hasProblems"] = model.Problems.Count > 0,
            ["problems"] = new JsonArray([.. model.Problems.Select(p => (JsonNode?)p)]),
            ["summaryDay"] = Choice(en ? "Weekly summary: day" : "Weekoverzicht: dag", en ? "Choose a working day." : "Kies een werkdag.", v.SummaryDay,
                WorkingDays.Select(d => (d.ToString(), DateTexts.DayName(d, language)))),
            ["summaryTime"] = new JsonObject
            {
                ["label"] = en ? "Time" : "Tijd",
                ["error"] = en ? "Choose a time between 07:00 and 19:00." : "Kies een tijd tussen 07:00 en 19:00.",
                ["value"] = v.SummaryTime ?? "",
            },
            ["timeZone"] = Choice(en ? "Time zone of the team" : "Tijdzone van het team", en ? "Choose a time zone." : "Kies een tijdzone.", v.TimeZoneId,
                TeamTimeZones.Offered.Select(z => (z, SettingsValueTexts.Zone(z, language)))),
            ["rotation"] = Choice(en ? "Re-pair the duos" : "Duo's opnieuw koppelen", en ? "Choose how often." : "Kies hoe vaak.", v.Rotation,
                RotationChoices().Select(w => (SettingsValidator.Canonical(w), SettingsValueTexts.Rotation(w, language)))),
            ["af"] = new JsonObject
            {
                ["label"] = "Aandachtsfunctionaris",
                ["error"] = en ? "Choose someone, or nobody." : "Kies iemand, of niemand.",
                ["value"] = v.Aandachtsfunctionaris ?? SettingsForm.Nobody,
                ["hint"] = en
                    ? "Receives the urgent consult requests of 'acute danger' in personal chat (never anything about the case). They are told once and can decline."
                    : "Krijgt de spoedverzoeken om overleg van 'acuut gevaar' in een persoonlijk bericht (nooit iets over de casus). Hij of zij hoort dit één keer en kan weigeren.",
                ["choices"] = Choices(
                    new[] { (SettingsForm.Nobody, en ? "Nobody" : "Niemand") }.Concat(model.Members.Select(m => (m.Key, m.Name)))),
            },
            ["mixRoles"] = new JsonObject
            {
                ["label"] = en ? "Pairing" : "Koppelen",
                ["title"] = en ? "Prefer duos of different roles" : "Bij voorkeur duo's met verschillende rollen",
                ["value"] = v.MixRoles == "false" ? "false" : "true",
            },
            ["retention"] = new JsonObject
            {
                ["label"] = en
                    ? string.Create(CultureInfo.InvariantCulture, $"Keep reflections and follow-ups (days, {r.MinDays}–{r.MaxDays}; default {r.DefaultDays})")
                    : string.Create(CultureInfo.InvariantCulture, $"Reflecties en vervolgvragen bewaren (dagen, {r.MinDays}–{r.MaxDays}; standaard {r.DefaultDays})"),
                ["error"] = en
                    ? string.Create(CultureInfo.InvariantCulture, $"Choose between {r.MinDays} and {r.MaxDays} days.")
                    : string.Create(CultureInfo.InvariantCulture, $"Kies tussen {r.MinDays} en {r.MaxDays} dagen."),
                ["min"] = r.MinDays,
                ["max"] = r.MaxDays,
                ["value"] = int.TryParse(v.RetentionDays, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && r.Contains(days) ? days : r.DefaultDays,
            },
            ["paused"] = new JsonObject
            {
                ["label"] = en ? "Pause" : "Pauzeren",
                ["title"] = en
                    ? "Pause BreedBot for this team: no reminders and no summaries; everything is kept"
                    : "BreedBot pauzeren voor dit team: geen herinneringen en geen overzichten; alles blijft bewaard",
                ["value"] = v.Paused == "true" ? "true" : "false",
            },
            ["hasChanges"] = model.Changes is not null,
            ["changes"] = new JsonObject
            {
                ["heading"] = en ? "Recent changes" : "Recente wijzigingen",
                ["lines"] = new JsonArray([.. (model.Changes is { Count: > 0 } lines ? lines : [en ? "No changes yet." : "Nog geen wijzigingen."]).Select(l => (JsonNode?)l)]),
            },
            ["teamId"] = model.TeamId,
            ["save"] = new JsonObject { ["title"] = en ? "Save" : "Opslaan" },
            ["showChanges"] = new JsonObject { ["title"] = en ? "Changes" : "Wijzigingen" },
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
