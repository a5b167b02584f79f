using System.Text.Json.Nodes;
using BreedBot.Web.Cards;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;

namespace BreedBot.Web.MyData;

/// <summary>"mijn gegevens": each kind of record with its count and latest date, and buttons for the full export and for deletion.</summary>
public static class MyDataCard
{
    public const string TemplateName = "mydata";

    public static RenderedCard Render(UserLanguage language, IReadOnlyList<(string Title, int Count, DateTimeOffset? Latest)> kinds, string? note = null) =>
        new(CardTemplates.Render(TemplateName, Data(language, kinds, note)), MyDataTexts.For(language).CardSummary);

    internal static JsonObject Data(UserLanguage language, IReadOnlyList<(string Title, int Count, DateTimeOffset? Latest)> kinds, string? note)
    {
        var t = MyDataTexts.For(language);
        var culture = DateTexts.Culture(language);
        return new JsonObject
        {
            ["title"] = t.Title,
            ["intro"] = t.Intro(kinds.Count > 0),
            ["hasSections"] = kinds.Count > 0,
            ["sections"] = new JsonArray([.. kinds.Select(k => (JsonNode?)new JsonObject
            {
                ["title"] = k.Title,
                ["value"] = k.Latest is { } at
                    ? string.Create(culture, $"{k.Count} · {t.Latest} {at.UtcDateTime.ToString("d MMMM yyyy", culture)}")
                    : k.Count.ToString(culture),
            })]),
            ["footer"] = t.Footer,
            ["hasNote"] = !string.IsNullOrEmpty(note),
            ["note"] = note ?? "",
            ["exportTitle"] = t.ExportButton,
            ["deleteTitle"] = t.DeleteButton,
            ["acuteAction"] = AcuteAction.Data(language),
        };
    }
}
