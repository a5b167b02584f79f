using System.Globalization;
using System.Text.Json.Nodes;
using BreedBot.Domain.Summaries;
using BreedBot.Web.Cards;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Summaries;

/// <summary>
/// The weekly team summary for the channel: only what <see cref="WeeklySummary"/> lets through
/// (no number below three, and no numbers at all in a week with fewer than three participants), the tip of the week with its source, and an
/// anonymous courage stories members offered for it.
/// </summary>
public static class SummaryCard
{
    public const string TemplateName = "summary";

    public static RenderedCard Render(UserLanguage language, WeeklySummary summary, KnowledgeTip tip, IReadOnlyList<string> courageStories) =>
        new(CardTemplates.Render(TemplateName, Data(language, summary, tip, courageStories)), SummaryTexts.CardSummary(language));

    internal static JsonObject Data(UserLanguage language, WeeklySummary summary, KnowledgeTip tip, IReadOnlyList<string> courageStories)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(courageStories);
        ArgumentNullException.ThrowIfNull(tip);
        var en = language == UserLanguage.English;
        return new JsonObject
        {
            ["title"] = SummaryTexts.Title(en),
            ["week"] = string.Create(CultureInfo.InvariantCulture, $"Week {summary.Week.Week}, {summary.Week.Year}"),
            ["lines"] = new JsonArray([.. SummaryTexts.Sentences(summary, en).Select(l => (JsonNode?)l)]),
            ["note"] = SummaryTexts.Note(summary.Detailed, en),
            ["hasStory"] = courageStories.Count > 0,
            ["storyLabel"] = LabelTexts.CourageStory(language, courageStories.Count),
            ["stories"] = new JsonArray([.. courageStories.Select(s => (JsonNode?)s)]),
            ["storyThanks"] = courageStories.Count > 0 ? SummaryTexts.StoryThanks(courageStories.Count, en) : "",
            ["tipLabel"] = SummaryTexts.TipLabel(en),
            ["tip"] = tip.Text(en),
            ["hasAdvice"] = tip.Advice is not null,
            ["advice"] = tip.Advice is null ? "" : SummaryTexts.Advice(tip.Advice.In(en), en),
            ["source"] = SummaryTexts.Source(tip.SourceName, en),
            ["sourceTitle"] = SummaryTexts.SourceTitle(en),
            ["sourceUrl"] = tip.Source.ToString(),
        };
    }
}
