using System.Text.Json.Nodes;
using BreedBot.Domain.Reflections;
using BreedBot.Web.Cards;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Reflections;

/// <summary>The one reminder after a working day when unsafety was named and Veilig Thuis not yet marked as contacted.</summary>
internal static class ReflectionNudgeCard
{
    public const string TemplateName = "reflection-nudge";

    public static RenderedCard Render(UserLanguage language, Reflection reflection) =>
        new(CardTemplates.Render(TemplateName, Data(language, reflection)), ReflectionTexts.For(language).Summary);

    internal static JsonObject Data(UserLanguage language, Reflection r)
    {
        var t = ReflectionTexts.For(language);
        return new JsonObject
        {
            ["title"] = t.NudgeTitle(r.Label),
            ["lines"] = new JsonArray(r.Meldcode?.DoubtsUnsafety == true ? t.NudgeUnsure : t.NudgeNamed, t.NudgeYouDecide),
            ["safety"] = SafetyNotice.Data(language),
            ["veiligThuisButton"] = t.VeiligThuisButton,
            ["reflectionId"] = r.Id,
            ["acuteAction"] = AcuteAction.Data(language, r.Id),
        };
    }
}
