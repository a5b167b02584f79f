using System.Globalization;
using System.Text.Json.Nodes;
using BreedBot.Web.Localization;
using BreedBot.Web.Kernel;

namespace BreedBot.Web.Cards;

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
    public static string Summary(UserLanguage language) =>
        language == UserLanguage.English ? "BreedBot: your duo" : "BreedBot: je duo";

    internal static JsonObject Data(UserLanguage language, DuoCardModel model)
    {
        var en = language == UserLanguage.English;
        var trio = model.PartnerNames.Count > 1;
        var team = string.IsNullOrWhiteSpace(model.TeamName) ? (en ? "your team" : "je team") : model.TeamName.Trim();
        var culture = CultureInfo.GetCultureInfo(en ? "en-GB" : "nl-NL");
        var moment = en
            ? $"Every {culture.DateTimeFormat.GetDayName(model.Moment.Day)} at {model.Moment.Time:HH\\:mm}"
            : $"Elke {culture.DateTimeFormat.GetDayName(model.Moment.Day)} om {model.Moment.Time:HH\\:mm}";
        var upns = string.Join(',', model.PartnerUpns.Select(Uri.EscapeDataString));
        var subject = Uri.EscapeDataString(en ? "Duo moment (BreedBot)" : "Duo-moment (BreedBot)");
        return new JsonObject
        {
            ["title"] = trio ? (en ? "Your trio partners" : "Je trio-partners") : (en ? "Your duo partner" : "Je duo-partner"),
            ["intro"] = en
                ? $"For the coming weeks in {team} you share cases with:"
                : $"De komende weken deel je in {team} je casussen met:",
            ["partners"] = new JsonArray([.. model.PartnerNames.Select(name => (JsonNode?)new JsonObject { ["label"] = en ? "Partner" : "Partner", ["name"] = name })]),
            ["momentLabel"] = en ? "Weekly moment" : "Vast moment",
            ["moment"] = moment,
            ["momentNote"] = model.MomentAgreed
                ? (en ? "This moment fits what you all chose." : "Dit moment past bij wat jullie allebei kozen.")
                : (en ? "Your preferences differ: this is a proposal. Agree on a moment that suits you both." : "Jullie voorkeuren verschillen: dit is een voorstel. Spreek samen een moment af dat jullie past."),
            ["tip"] = en
                ? "Fifteen minutes a week is enough: bring a case, look back, or share what you learned."
                : "Een kwartier per week is genoeg: breng een casus in, kijk terug, of deel wat je leerde.",
            ["hasLinks"] = model.PartnerUpns.Count > 0,
            ["chatTitle"] = en ? "Chat" : "Chatten",
            ["chatUrl"] = $"https://teams.microsoft.com/l/chat/0/0?users={upns}",
            ["meetingTitle"] = en ? "Plan the weekly call" : "Plan het vaste moment",
            ["meetingUrl"] = $"https://teams.microsoft.com/l/meeting/new?subject={subject}&attendees={upns}",
            ["acuteAction"] = AcuteAction.Data(language),
        };
    }
}
