using System.Text.Json.Nodes;
using BreedBot.Domain.Reflections;
using BreedBot.Web.Localization;
using BreedBot.Web.Kernel;

namespace BreedBot.Web.Cards;

/// <summary>"reflectie" with open reflections: continue one of them by its label, or start a new one.</summary>
internal static class ReflectionListCard
{
    public const string TemplateName = "reflection-list";
    public const string ResumeVerb = "reflection.resume";
    public const string NewVerb = "reflection.new";

    public static RenderedCard Render(UserLanguage language, IReadOnlyList<Reflection> open, TimeZoneInfo zone) =>
        new(CardTemplates.Render(TemplateName, Data(language, open, zone)), ReflectionCardTexts.Summary(language));

    internal static JsonObject Data(UserLanguage language, IReadOnlyList<Reflection> open, TimeZoneInfo zone)
    {
        var en = language == UserLanguage.English;
        return new JsonObject
        {
            ["title"] = en ? "Your open reflections" : "Je open reflecties",
            ["intro"] = en ? "Continue where you stopped, or start a new one." : "Ga verder waar je gebleven was, of begin een nieuwe.",
            ["open"] = new JsonArray([.. open.OrderByDescending(r => r.UpdatedAt).Select(r => (JsonNode?)Item(r, en, zone))]),
            ["expiry"] = en
                ? "An unfinished reflection is deleted 14 days after you started it."
                : "Een onafgemaakte reflectie wordt 14 dagen na de start verwijderd.",
            ["newButton"] = en ? "New reflection" : "Nieuwe reflectie",
            ["acuteAction"] = AcuteAction.Data(language),
        };
    }

    private static JsonObject Item(Reflection r, bool en, TimeZoneInfo zone)
    {
        var started = ReflectionCardTexts.Date(ReflectionSchedule.LocalDate(r.StartedAt, zone), en);
        var until = ReflectionCardTexts.Date(ReflectionSchedule.LocalDate(r.StartedAt + Reflection.OpenFor, zone), en);
        return new JsonObject
        {
            ["label"] = r.Label ?? (en ? "(no label yet)" : "(nog geen label)"),
            ["detail"] = en
                ? $"Step {(int)r.Step} of 8 · started {started} · kept until {until}"
                : $"Stap {(int)r.Step} van 8 · gestart {started} · bewaard tot {until}",
            ["button"] = en ? "Continue" : "Verder",
            ["id"] = r.Id,
        };
    }
}
