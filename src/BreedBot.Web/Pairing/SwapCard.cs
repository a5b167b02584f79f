using System.Text.Json.Nodes;
using BreedBot.Domain.DuoWeeks;
using BreedBot.Web.Cards;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Pairing;

/// <summary>
/// What a typed "wissel" asks first, per team: who asked, the team, the asker's duo of its current rotation (the duo key,
/// which names the rotation), and what the new duo card will show of the team (its name and rhythm, as read when asked).
/// </summary>
public sealed record SwapCardModel(string MemberKey, string TeamId, string? TeamName, string DuoKey, DuoRhythm TeamRhythm);

/// <summary>
/// The question a typed "wissel" gets before anything changes: a swap is once per rotation and cannot be undone. "Ja,
/// wissel" carries who asked, the team and the duo it was asked about, so the press addresses the team's rows directly and a card
/// from an earlier rotation (or an earlier duo) swaps nothing.
/// </summary>
public static class SwapCard
{
    public const string TemplateName = "swap";

    public static RenderedCard Render(UserLanguage language, SwapCardModel model) =>
        new(CardTemplates.Render(TemplateName, Data(language, model)), SwapTexts.For(language).Summary);

    internal static JsonObject Data(UserLanguage language, SwapCardModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var s = SwapTexts.For(language);
        return new JsonObject
        {
            ["title"] = s.QuestionTitle,
            ["lines"] = new JsonArray([.. s.QuestionLines(PairingTexts.For(language).Team(model.TeamName)).Select(line => (JsonNode?)line)]),
            ["yes"] = s.Yes,
            ["no"] = s.No,
            ["member"] = model.MemberKey,
            ["team"] = model.TeamId,
            ["duo"] = model.DuoKey,
            ["teamName"] = model.TeamName ?? "",
            ["rhythm"] = model.TeamRhythm.ToString(),
            ["acuteAction"] = AcuteAction.Data(language),
        };
    }
}
