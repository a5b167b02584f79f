using System.Text.Json.Nodes;
using BreedBot.Domain.Reflections;
using BreedBot.Web.Cards;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Reflections;

/// <summary>
/// The end of a reflection: the answers, the line for the client file, when the follow-up comes,
/// who sees it, and — when unsafety was named — the "Veilig Thuis gebeld / melding gedaan" button; after a short
/// reflection, "verdiepen" into the eight steps.
/// </summary>
internal static class ReflectionSummaryCard
{
    public const string TemplateName = "reflection-summary";

    public static RenderedCard Render(UserLanguage language, Reflection reflection, DateOnly completedOn, IReadOnlyList<string> partnerNames) =>
        new(CardTemplates.Render(TemplateName, Data(language, reflection, completedOn, partnerNames)), ReflectionTexts.For(language).Summary);

    internal static JsonObject Data(UserLanguage language, Reflection r, DateOnly completedOn, IReadOnlyList<string> partnerNames)
    {
        var t = ReflectionTexts.For(language);
        var unsafety = r.Meldcode?.CallsForVeiligThuis == true;
        var doubt = r.Meldcode?.DoubtsUnsafety == true;
        var contacted = r.VeiligThuisContactedAt is not null;
        return new JsonObject
        {
            ["title"] = t.DoneTitle(r.Label),
            ["hasSafety"] = r.Meldcode?.MayBeAcute == true,
            ["safety"] = ReflectionStepCard.Safety(language, doubt: r.Meldcode?.AcuteUnsafety == TriState.Unknown),
            ["intro"] = t.DoneIntro,
            ["facts"] = new JsonArray([.. t.Facts(r).Select(f => (JsonNode?)new JsonObject { ["title"] = f.Title, ["value"] = f.Value })]),
            ["dossierHeading"] = t.DossierHeading,
            ["dossierLine"] = t.DossierLine(r, completedOn),
            ["followUp"] = r.NextStep is { } s ? t.FollowUpOn(t.Date(s.By)) : "",
            ["sharing"] = r.Shared == true && partnerNames.Count > 0 ? t.SharedWith(string.Join(", ", partnerNames)) : t.OnlyYou,
            ["hasVeiligThuisNote"] = unsafety,
            ["veiligThuisNote"] = contacted ? t.VeiligThuisMarked : doubt ? t.UnsureOfUnsafety : t.UnsafetyNamed,
            ["showVeiligThuisButton"] = unsafety && !contacted,
            ["veiligThuisButton"] = t.VeiligThuisButton,
            ["canDeepen"] = ReflectionShortcuts.Deepen(r, DateTimeOffset.MinValue).IsApplied,
            ["deepenButton"] = t.DeepenButton,
            ["reflectionId"] = r.Id,
            ["acuteAction"] = AcuteAction.Data(language, r.Id),
        };
    }
}
