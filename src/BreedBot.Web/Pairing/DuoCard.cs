using System.Text.Json.Nodes;
using BreedBot.Web.Cards;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Pairing;

/// <summary>
/// Tells a member who their duo partner is (or partners, in the one trio) and when they meet,
/// with Teams links to chat and to plan the weekly call.
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
        return new JsonObject
        {
            ["title"] = t.DuoTitle(trio: model.PartnerNames.Count > 1),
            ["intro"] = model.Pool ? t.PoolDuoIntro : t.DuoIntro(t.Team(model.TeamName)),
            ["partners"] = new JsonArray([.. model.PartnerNames.Select(name => (JsonNode?)new JsonObject { ["label"] = PairingTexts.PartnerLabel, ["name"] = name })]),
            ["momentLabel"] = t.MomentLabel,
            ["moment"] = t.Moment(day, model.Moment.Time),
            ["momentNote"] = t.MomentNote(model.MomentAgreed),
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
