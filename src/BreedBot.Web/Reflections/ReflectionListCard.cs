using System.Text.Json.Nodes;
using BreedBot.Domain.Reflections;
using BreedBot.Web.Cards;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Reflections;

/// <summary>"reflectie" with open reflections: continue one of them by its label, or start a new one.</summary>
internal static class ReflectionListCard
{
    public const string TemplateName = "reflection-list";

    public static RenderedCard Render(UserLanguage language, IReadOnlyList<Reflection> open, TimeZoneInfo zone) =>
        new(CardTemplates.Render(TemplateName, Data(language, open, zone)), ReflectionTexts.For(language).Summary);

    internal static JsonObject Data(UserLanguage language, IReadOnlyList<Reflection> open, TimeZoneInfo zone)
    {
        var t = ReflectionTexts.For(language);
        return new JsonObject
        {
            ["title"] = t.ListTitle,
            ["intro"] = t.ListIntro,
            ["open"] = new JsonArray([.. open.OrderByDescending(r => r.UpdatedAt).Select(r => (JsonNode?)Item(r, t, zone))]),
            ["expiry"] = t.Expiry,
            ["newButton"] = t.NewButton,
            ["acuteAction"] = AcuteAction.Data(language),
        };
    }

    private static JsonObject Item(Reflection r, ReflectionTexts t, TimeZoneInfo zone)
    {
        var started = t.Date(ReflectionSchedule.LocalDate(r.StartedAt, zone));
        var until = t.Date(ReflectionSchedule.LocalDate(r.StartedAt + Reflection.OpenFor, zone));
        return new JsonObject
        {
            ["label"] = r.Label ?? t.NoLabelYet,
            ["detail"] = t.OpenDetail((int)r.Step, started, until),
            ["button"] = t.ContinueButton,
            ["id"] = r.Id,
        };
    }
}
