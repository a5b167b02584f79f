using System.Globalization;
using System.Text.Json.Nodes;
using BreedBot.Domain.Courage;
using BreedBot.Domain.DuoWeeks;
using BreedBot.Web.Cards;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;

namespace BreedBot.Web.DuoWeeks;

/// <summary>
/// The weekly duo reminder: "we hebben gesproken" (a short check-in), "verzet" (another day and time this week), "sla
/// deze week over", and "start een reflectie" (the reflection flow answers it, its verb is in the template); once the
/// week is held or skipped, the card says so and the buttons go. Below, the guide for the fifteen minutes, the same for
/// both partners, with its step that becomes a follow-up; "duo-moment" shows the same card any time.
/// </summary>
public static class DuoReminderCard
{
    public const string TemplateName = "duo-reminder";

    public static RenderedCard Render(UserLanguage language, DuoReminderModel model) =>
        new(CardTemplates.Render(TemplateName, Data(language, model)), Summary(language));

    /// <summary>Content-free: no partner, no team.</summary>
    public static string Summary(UserLanguage language) => DuoWeekTexts.For(language).ReminderSummary;

    internal static JsonObject Data(UserLanguage language, DuoReminderModel model)
    {
        var t = DuoWeekTexts.For(language);
        var en = language == UserLanguage.English;
        var culture = DateTexts.Culture(language);
        var day = culture.DateTimeFormat.GetDayName(model.Date.DayOfWeek);
        var date = model.Date.ToString("d MMMM", culture);
        return new JsonObject
        {
            ["title"] = model.Asked ? t.MomentTitle : t.ReminderTitle,
            ["moment"] = t.Moment(day, date, model.Time, t.Partners(model.PartnerNames), model.TeamName),
            ["hasStatus"] = !model.State.IsOpen,
            ["status"] = Status(t, en, model.State),
            ["hasNotice"] = model.Notice is not null,
            ["notice"] = model.Notice ?? "",
            ["hasProblem"] = model.Problem is not null,
            ["problem"] = model.Problem ?? "",
            ["open"] = model.State.IsOpen,
            ["canReflect"] = model.State.IsOpen,
            ["reflect"] = new JsonObject { ["title"] = t.StartReflection },
            ["team"] = model.TeamId,
            ["week"] = model.Week.ToString(),
            ["duo"] = model.DuoKey,
            // Member keys (Entra object ids) have no comma.
            ["members"] = string.Join(',', model.MemberKeys),
            // So the card answered in place keeps the title it was asked for with.
            ["asked"] = model.Asked ? "true" : "",
            ["checkIn"] = new JsonObject
            {
                ["title"] = t.CheckInTitle,
                ["whatLabel"] = t.WhatLabel,
                ["whatError"] = t.WhatError,
                ["caseDiscussed"] = Choice(DuoActivity.CaseDiscussed, en),
                ["lookedBack"] = Choice(DuoActivity.LookedBack, en),
                ["sharedKnowledge"] = Choice(DuoActivity.SharedKnowledge, en),
                ["other"] = Choice(DuoActivity.Other, en),
                ["usefulnessLabel"] = t.UsefulnessLabel,
                ["submit"] = t.Save,
            },
            ["move"] = new JsonObject
            {
                ["title"] = t.MoveTitle,
                ["dateLabel"] = t.DateLabel,
                ["dateError"] = t.DateError,
                ["timeLabel"] = t.TimeLabel,
                ["timeError"] = t.TimeError,
                ["min"] = model.Week.Monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["max"] = model.Week.Sunday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["submit"] = t.MoveButton,
            },
            ["skip"] = Skip(t, t.SkipTitle),
            ["guide"] = Guide(t, en, culture, model),
            ["skipNext"] = Skip(t, t.SkipNextTitle),
            ["acuteAction"] = AcuteAction.Data(language),
        };
    }

    /// <summary>"Sla deze week over" and "sla volgende keer over": the same reasons, only counted.</summary>
    private static JsonObject Skip(DuoWeekTexts t, string title) => new()
    {
        ["title"] = title,
        ["reasonLabel"] = t.ReasonLabel,
        ["reasonError"] = t.ReasonError,
        ["holiday"] = t.Reason(SkipReason.Holiday),
        ["ill"] = t.Reason(SkipReason.Ill),
        ["busy"] = t.Reason(SkipReason.Busy),
        ["other"] = t.Reason(SkipReason.Other),
        ["submit"] = t.SkipButton,
    };

    private static JsonObject Guide(DuoWeekTexts t, bool en, CultureInfo culture, DuoReminderModel model)
    {
        var step = model.Step;
        var min = model.Today ?? model.Date;
        return new JsonObject
        {
            ["heading"] = t.GuideHeading,
            ["intro"] = t.GuideIntro,
            ["bringTitle"] = t.BringTitle(DuoGuide.MinutesPerPart),
            ["bring"] = t.Bring(string.Join(", ", Enum.GetValues<DiscomfortSource>().Select(s => LabelTexts.Of(s, en)))),
            ["askTitle"] = t.AskTitle(DuoGuide.MinutesPerPart),
            ["questions"] = new JsonArray([.. DuoGuide.QuestionsFor(model.Week).Select(q => (JsonNode)new JsonObject { ["text"] = q.Text.In(en) })]),
            ["stepTitle"] = t.StepTitle(DuoGuide.MinutesPerPart),
            ["step"] = t.StepLine,
            ["hasDone"] = step.FollowUpOn is not null,
            ["done"] = step.FollowUpOn is { } on ? t.StepKept(on.ToString("dddd d MMMM", culture)) : "",
            ["problems"] = new JsonArray([.. step.Problems.Select(p => (JsonNode)new JsonObject { ["text"] = p })]),
            ["whatLabel"] = t.StepWhatLabel,
            ["whatPlaceholder"] = t.StepWhatPlaceholder,
            ["what"] = step.FollowUpOn is null ? step.What ?? "" : "",
            ["byLabel"] = t.StepByLabel,
            ["min"] = min.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["by"] = step.FollowUpOn is null ? step.By ?? "" : "",
            ["privacy"] = t.StepPrivacy,
            ["submit"] = t.StepSubmit,
        };
    }

    private static string Choice(DuoActivity activity, bool en) => LabelTexts.Capitalized(LabelTexts.Of(activity, en));

    private static string Status(DuoWeekTexts t, bool en, DuoWeek state) => state switch
    {
        { CheckIn: { } c } => t.DoneThisWeek(LabelTexts.Of(c.What, en), c.Usefulness),
        { Skip: not null } => t.SkippedThisWeek,
        _ => "",
    };
}
