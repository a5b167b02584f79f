using System.Globalization;
using System.Text.Json.Nodes;
using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.Scheduling;
using BreedBot.Web.Localization;
using BreedBot.Web.Kernel;
using BreedBot.Web.Summaries;

namespace BreedBot.Web.Cards;

/// <summary>
/// The weekly duo reminder: "we hebben gesproken" (a short check-in), "verzet" (another day and
/// time this week), "sla deze week over"; once the week is held or skipped, the card says so and
/// the buttons go. "Start een reflectie" appears once the reflection capability exists.
/// </summary>
public static class DuoReminderCard
{
    public const string TemplateName = "duo-reminder";
    public const string CheckInVerb = "duo.checkin";
    public const string MoveVerb = "duo.move";
    public const string SkipVerb = "duo.skip";

    /// <summary>"Start een reflectie": handled by the reflection flow, which sends the first step as a new message.</summary>
    public const bool ReflectionAvailable = true;
    public const string ReflectVerb = "reflect.start";

    public static RenderedCard Render(UserLanguage language, DuoReminderModel model) =>
        new(CardTemplates.Render(TemplateName, Data(language, model)), Summary(language));

    /// <summary>Content-free: no partner, no team.</summary>
    public static string Summary(UserLanguage language) =>
        language == UserLanguage.English ? "BreedBot: your duo moment" : "BreedBot: je duo-moment";

    internal static JsonObject Data(UserLanguage language, DuoReminderModel model)
    {
        var en = language == UserLanguage.English;
        var culture = CultureInfo.GetCultureInfo(en ? "en-GB" : "nl-NL");
        var day = culture.DateTimeFormat.GetDayName(model.Date.DayOfWeek);
        var date = model.Date.ToString(en ? "d MMMM" : "d MMMM", culture);
        var partners = model.PartnerNames.Count == 0 ? (en ? "your partner" : "je partner") : string.Join(en ? " and " : " en ", model.PartnerNames);
        var team = string.IsNullOrWhiteSpace(model.TeamName) ? (en ? "your team" : "je team") : model.TeamName.Trim();
        return new JsonObject
        {
            ["title"] = en ? "Time for your duo moment" : "Tijd voor jullie duo-moment",
            ["moment"] = en
                ? $"{day} {date} at {model.Time:HH\\:mm}, with {partners} ({team})."
                : $"{day} {date} om {model.Time:HH\\:mm}, met {partners} ({team}).",
            ["hasStatus"] = !model.State.IsOpen,
            ["status"] = Status(en, model.State),
            ["hasProblem"] = model.Problem is not null,
            ["problem"] = model.Problem ?? "",
            ["open"] = model.State.IsOpen,
            ["canReflect"] = ReflectionAvailable && model.State.IsOpen,
            ["reflect"] = new JsonObject { ["title"] = en ? "Start a reflection" : "Start een reflectie", ["verb"] = ReflectVerb },
            ["team"] = model.TeamId,
            ["week"] = model.Week.ToString(),
            ["duo"] = model.DuoKey,
            // Member keys (Entra object ids) have no comma.
            ["members"] = string.Join(',', model.MemberKeys),
            ["checkIn"] = new JsonObject
            {
                ["title"] = en ? "We talked" : "We hebben gesproken",
                ["whatLabel"] = en ? "What did you do?" : "Wat hebben jullie gedaan?",
                ["whatError"] = en ? "Choose what you did." : "Kies wat jullie deden.",
                ["caseDiscussed"] = en ? "Discussed a case" : "Casus besproken",
                ["lookedBack"] = en ? "Looked back" : "Teruggekeken",
                ["sharedKnowledge"] = en ? "Shared knowledge" : "Kennis gedeeld",
                ["other"] = en ? "Something else" : "Anders",
                ["usefulnessLabel"] = en ? "How useful was it? (1–5, optional)" : "Hoe nuttig was het? (1–5, mag leeg)",
                ["submit"] = en ? "Save" : "Opslaan",
            },
            ["move"] = new JsonObject
            {
                ["title"] = en ? "Move" : "Verzet",
                ["dateLabel"] = en ? "Which day this week?" : "Welke dag deze week?",
                ["dateError"] = en ? "Choose a day this week." : "Kies een dag in deze week.",
                ["timeLabel"] = en ? "What time?" : "Hoe laat?",
                ["timeError"] = en ? "Choose a time." : "Kies een tijd.",
                ["min"] = model.Week.Monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["max"] = model.Week.Sunday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["submit"] = en ? "Move" : "Verzetten",
            },
            ["skip"] = new JsonObject
            {
                ["title"] = en ? "Skip this week" : "Sla deze week over",
                ["reasonLabel"] = en ? "Why? (only counted, never shown)" : "Waarom? (alleen geteld, nooit getoond)",
                ["reasonError"] = en ? "Choose a reason." : "Kies een reden.",
                ["holiday"] = en ? "Holiday" : "Vakantie",
                ["ill"] = en ? "Ill" : "Ziek",
                ["busy"] = en ? "Busy" : "Druk",
                ["other"] = en ? "Other" : "Anders",
                ["submit"] = en ? "Skip" : "Overslaan",
            },
            ["acuteAction"] = AcuteAction.Data(language),
        };
    }

    private static string Status(bool en, DuoWeek state) => state switch
    {
        { CheckIn: { } c } => (en ? "Done this week: " : "Gedaan deze week: ") + CourageLabels.Of(c.What, en)
            + (c.Usefulness is { } u ? (en ? $" · usefulness {u}/5" : $" · nut {u}/5") : ""),
        { Skip: not null } => en ? "Skipped this week. See you next week." : "Deze week overgeslagen. Tot volgende week.",
        _ => "",
    };
}
