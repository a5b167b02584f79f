using System.Text.Json.Nodes;
using BreedBot.Domain.DuoWeeks;
using BreedBot.Web.Cards;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Pairing;

/// <summary>
/// Tells a member who their duo partner is (or partners, in the one trio) and when they meet,
/// with Teams links to chat and to plan the weekly call, "sla volgende keer over" and the choice of every two weeks.
/// </summary>
public static class DuoCard
{
    public const string TemplateName = "duo";

    public static RenderedCard Render(UserLanguage language, DuoCardModel model) =>
        new(CardTemplates.Render(TemplateName, Data(language, model)), Summary(language));

    /// <summary>Content-free: no partner name on a lock screen.</summary>
    public static string Summary(UserLanguage language) => PairingTexts.For(language).DuoSummary;

    internal static JsonObject Data(UserLanguage language, DuoCardModel model)
    {
        var t = PairingTexts.For(language);
        var day = DateTexts.Culture(language).DateTimeFormat.GetDayName(model.Moment.Day);
        var upns = string.Join(',', model.PartnerUpns.Select(Uri.EscapeDataString));
        var subject = Uri.EscapeDataString(t.MeetingSubject);
        var r = DuoRhythmTexts.For(language);
        var skips = SkipAheadTexts.For(language);
        var buttons = model.TeamId is not null && model.DuoKey is not null;
        return new JsonObject
        {
            ["title"] = t.DuoTitle(trio: model.PartnerNames.Count > 1),
            ["intro"] = model.Pool ? t.PoolDuoIntro : t.DuoIntro(t.Team(model.TeamName)),
            ["partners"] = new JsonArray([.. model.PartnerNames.Select(name => (JsonNode?)new JsonObject { ["label"] = PairingTexts.PartnerLabel, ["name"] = name })]),
            ["momentLabel"] = t.MomentLabel,
            ["moment"] = model.Rhythm is DuoCardRhythm.Agreed or DuoCardRhythm.Team ? r.Moment(day, model.Moment.Time) : t.Moment(day, model.Moment.Time),
            ["momentNote"] = t.MomentNote(model.MomentAgreed),
            ["rhythmLine"] = r.Line(model.Rhythm, model.ChosenBy),
            ["hasNotice"] = model.Notice is not null,
            ["notice"] = model.Notice ?? "",
            ["hasButtons"] = buttons,
            ["team"] = model.TeamId ?? "",
            ["duo"] = model.DuoKey ?? "",
            ["skipNext"] = new JsonObject
            {
                ["title"] = skips.Title,
                ["reasonLabel"] = skips.ReasonLabel,
                ["reasonError"] = skips.ReasonError,
                ["holiday"] = skips.Reason(SkipReason.Holiday),
                ["ill"] = skips.Reason(SkipReason.Ill),
                ["busy"] = skips.Reason(SkipReason.Busy),
                ["other"] = skips.Reason(SkipReason.Other),
                ["submit"] = skips.Submit,
            },
            ["hasRhythmAction"] = buttons && r.Button(model.Rhythm) is not null,
            ["rhythmAction"] = new JsonObject
            {
                ["title"] = r.Button(model.Rhythm) ?? "",
                ["verb"] = model.Rhythm is DuoCardRhythm.ChosenByMe or DuoCardRhythm.Agreed ? PairingVerbs.EveryWeek : PairingVerbs.EveryTwoWeeks,
            },
            ["tip"] = t.DuoTip,
            ["hasLinks"] = model.PartnerUpns.Count > 0,
            ["chatTitle"] = t.ChatTitle,
            ["chatUrl"] = $"https://teams.microsoft.com/l/chat/0/0?users={upns}",
            ["meetingTitle"] = t.MeetingTitle,
            ["meetingUrl"] = $"https://teams.microsoft.com/l/meeting/new?subject={subject}&attendees={upns}",
            ["acuteAction"] = AcuteAction.Data(language),
        };
    }
}
