using System.Globalization;
using System.Text.Json.Nodes;
using BreedBot.Web.Localization;
using BreedBot.Web.Kernel;

namespace BreedBot.Web.Cards;

/// <summary>"mijn gegevens": each kind of record with its count and latest date, and buttons for the full export and for deletion.</summary>
public static class MyDataCard
{
    public const string TemplateName = "mydata";
    public const string ExportVerb = "mydata.export";
    public const string AskDeleteVerb = "mydata.ask";

    public static RenderedCard Render(UserLanguage language, IReadOnlyList<(string Title, int Count, DateTimeOffset? Latest)> kinds, string? note = null) =>
        new(CardTemplates.Render(TemplateName, Data(language, kinds, note)), Summary(language));

    /// <summary>Content-free: a lock screen shows only that BreedBot answered.</summary>
    public static string Summary(UserLanguage language) =>
        language == UserLanguage.English ? "BreedBot: your data" : "BreedBot: je gegevens";

    internal static JsonObject Data(UserLanguage language, IReadOnlyList<(string Title, int Count, DateTimeOffset? Latest)> kinds, string? note)
    {
        var en = language == UserLanguage.English;
        var culture = CultureInfo.GetCultureInfo(en ? "en-GB" : "nl-NL");
        return new JsonObject
        {
            ["title"] = en ? "What BreedBot keeps about you" : "Wat BreedBot over je bewaart",
            ["intro"] = kinds.Count == 0
                ? (en ? "BreedBot keeps nothing about you." : "BreedBot bewaart niets over je.")
                : (en ? "Per kind: how many, and the latest date." : "Per soort: hoeveel, en de laatste datum."),
            ["hasSections"] = kinds.Count > 0,
            ["sections"] = new JsonArray([.. kinds.Select(k => (JsonNode?)new JsonObject
            {
                ["title"] = k.Title,
                ["value"] = k.Latest is { } at
                    ? string.Create(culture, $"{k.Count} · {(en ? "latest" : "laatst")} {at.UtcDateTime.ToString("d MMMM yyyy", culture)}")
                    : k.Count.ToString(culture),
            })]),
            ["footer"] = en
                ? "BreedBot does not keep what you type in this chat, only your answers on its cards. Counts already shown in team summaries contain no names."
                : "Wat je in deze chat typt, bewaart BreedBot niet, alleen je antwoorden op de kaarten. Aantallen in teamoverzichten bevatten geen namen.",
            ["hasNote"] = !string.IsNullOrEmpty(note),
            ["note"] = note ?? "",
            ["exportTitle"] = en ? "Send me everything" : "Stuur me alles",
            ["deleteTitle"] = en ? "Delete everything…" : "Alles verwijderen…",
            ["acuteAction"] = AcuteAction.Data(language),
        };
    }
}
