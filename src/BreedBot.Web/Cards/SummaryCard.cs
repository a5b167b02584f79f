using System.Globalization;
using System.Text.Json.Nodes;
using BreedBot.Domain.Summaries;
using BreedBot.Web.Localization;
using BreedBot.Web.Summaries;

namespace BreedBot.Web.Cards;

/// <summary>
/// The weekly team summary for the channel: only what <see cref="WeeklySummary"/> lets through
/// (no number below three, and no numbers at all in a week with fewer than three participants), the tip of the week with its source, and an
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
            ["hasFacts"] = summary.Detailed,
            ["facts"] = new JsonArray([.. SummaryFigures.Lines(summary, en).Select(l => (JsonNode?)new JsonObject { ["title"] = l.Title, ["value"] = l.Value })]),
            ["note"] = summary.Detailed
                ? (en ? "Only numbers of 3 or more are shown; never names or who missed a moment." : "We tonen alleen aantallen van 3 of meer; nooit namen of wie een moment miste.")
                : (en
                    ? "This week fewer than 3 people took part, so we show no numbers: with so few, a number would say who did what. Every moment you had together still counts."
                    : "Deze week deden minder dan 3 mensen mee, dus tonen we geen aantallen: bij zo weinig mensen zegt een getal wie wat deed. Elk moment dat jullie samen hadden, telt gewoon mee."),
            ["hasStory"] = courageStories.Count > 0,
            ["storyLabel"] = courageStories.Count > 1
                ? (en ? "Brave moments, shared anonymously" : "Moedige momenten, anoniem gedeeld")
                : StoryLabel(language),
            ["stories"] = new JsonArray([.. courageStories.Select(s => (JsonNode?)s)]),
            ["tipLabel"] = en ? "Tip of the week" : "Tip van de week",
            ["tip"] = tip.Text(en),
            ["source"] = (en ? "Source: " : "Bron: ") + tip.SourceName,
            ["sourceTitle"] = en ? "Read more" : "Meer weten",
            ["sourceUrl"] = tip.Source.ToString(),
        };
    }
}
