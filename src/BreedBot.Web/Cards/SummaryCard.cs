using System.Globalization;
using System.Text.Json.Nodes;
using BreedBot.Domain.Summaries;
using BreedBot.Web.Localization;
using BreedBot.Web.Summaries;

namespace BreedBot.Web.Cards;

/// <summary>
/// The weekly team summary for the channel: only what <see cref="WeeklySummary"/> lets through
/// (no number below three except the duo moments), the tip of the week with its source, and an
/// anonymous courage stories members offered for it.
/// </summary>
public static class SummaryCard
{
    public const string TemplateName = "summary";

    public static RenderedCard Render(UserLanguage language, WeeklySummary summary, KnowledgeTip tip, IReadOnlyList<string> courageStories) =>
        new(CardTemplates.Render(TemplateName, Data(language, summary, tip, courageStories)), Summary(language));

    public static string StoryLabel(UserLanguage language) =>
        language == UserLanguage.English ? "A brave moment, shared anonymously" : "Een moedig moment, anoniem gedeeld";

    /// <summary>Content-free: no numbers, no team name.</summary>
    public static string Summary(UserLanguage language) =>
        language == UserLanguage.English ? "BreedBot: weekly summary" : "BreedBot: weekoverzicht";

    internal static JsonObject Data(UserLanguage language, WeeklySummary summary, KnowledgeTip tip, IReadOnlyList<string> courageStories)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(courageStories);
        ArgumentNullException.ThrowIfNull(tip);
        var en = language == UserLanguage.English;
        return new JsonObject
        {
            ["title"] = en ? "Our week in BreedBot" : "Onze week in BreedBot",
            ["week"] = string.Create(CultureInfo.InvariantCulture, $"Week {summary.Week.Week}, {summary.Week.Year}"),
            ["facts"] = new JsonArray([.. SummaryFigures.Lines(summary, en).Select(l => (JsonNode?)new JsonObject { ["title"] = l.Title, ["value"] = l.Value })]),
            ["note"] = summary.Detailed
                ? (en ? "Only numbers of 3 or more are shown; never names or who missed a moment." : "We tonen alleen aantallen van 3 of meer; nooit namen of wie een moment miste.")
                : (en ? "Fewer than 3 people took part this week, so we show only the duo moments." : "Deze week deden minder dan 3 mensen mee; daarom tonen we alleen de duomomenten."),
            ["hasStory"] = courageStories.Count > 0,
            ["storyLabel"] = courageStories.Count > 1
                ? (en ? "Brave moments, shared anonymously" : "Moedige momenten, anoniem gedeeld")
                : StoryLabel(language),
            ["stories"] = new JsonArray([.. courageStories.Select(s => (JsonNode?)s)]),
            ["tipLabel"] = en ? "Tip of the week" : "Tip van de week",
            ["tip"] = tip.Text(en),
            ["hasAdvice"] = tip.Advice is not null,
            ["advice"] = tip.Advice is null ? "" : (en ? "BreedBot's own advice: " : "Advies van BreedBot zelf: ") + tip.Advice.In(en),
            ["source"] = (en ? "Source: " : "Bron: ") + tip.SourceName,
            ["sourceTitle"] = en ? "Read more" : "Meer weten",
            ["sourceUrl"] = tip.Source.ToString(),
        };
    }
}
