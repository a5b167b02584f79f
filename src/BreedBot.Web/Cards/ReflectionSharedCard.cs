using System.Text.Json.Nodes;
using BreedBot.Domain.Reflections;
using BreedBot.Web.Localization;
using BreedBot.Web.Reflections;
using BreedBot.Web.Kernel;

namespace BreedBot.Web.Cards;

/// <summary>
/// A shared reflection as the duo partner sees it, in their own chat only: the answers and a
/// short response. The card carries the author's key; the server checks the sender is a partner
/// it was shared with before showing or storing anything.
/// </summary>
internal static class ReflectionSharedCard
{
    public const string TemplateName = "reflection-shared";
    public const string RespondVerb = "reflection.respond";

    public static RenderedCard Render(UserLanguage language, Reflection reflection, string? authorName, string? typed = null, IReadOnlyList<ReflectionProblem>? problems = null) =>
        new(CardTemplates.Render(TemplateName, Data(language, reflection, authorName, typed, problems)), Summary(language));

    /// <summary>Content-free: no name, no label.</summary>
    public static string Summary(UserLanguage language) =>
        language == UserLanguage.English ? "BreedBot: your duo partner shared a reflection" : "BreedBot: je duo-partner deelt een reflectie";

    internal static JsonObject Data(UserLanguage language, Reflection r, string? authorName, string? typed, IReadOnlyList<ReflectionProblem>? problems)
    {
        var en = language == UserLanguage.English;
        var who = string.IsNullOrWhiteSpace(authorName) ? (en ? "Your duo partner" : "Je duo-partner") : authorName.Trim();
        var list = problems ?? [];
        return new JsonObject
        {
            ["title"] = en ? $"{who} shares a reflection: {r.Label}" : $"{who} deelt een reflectie: {r.Label}",
            ["intro"] = en
                ? "Only the two of you see this. Maak het breed: a short word of support or a question helps."
                : "Alleen jullie tweeën zien dit. Maak het breed: een kort woord van steun of een vraag helpt.",
            ["facts"] = new JsonArray([.. ReflectionFacts.Of(r, en).Select(f => (JsonNode?)new JsonObject { ["title"] = f.Title, ["value"] = f.Value })]),
            ["hasResponse"] = r.Response is not null,
            ["responseHeading"] = en ? "Your response:" : "Je reactie:",
            ["responseText"] = r.Response?.Text ?? "",
            ["hasProblems"] = list.Count > 0,
            ["problems"] = new JsonArray([.. list.Select(p => (JsonNode?)ReflectionFieldTexts.Problem(p, typed, en))]),
            ["responseLabel"] = ReflectionFieldTexts.Label("response", en),
            ["responseValue"] = typed ?? "",
            ["privacy"] = en ? "No names or other details that identify anyone." : "Geen namen of andere gegevens waaraan iemand te herkennen is.",
            ["respondButton"] = en ? "Send response" : "Reactie sturen",
            ["authorKey"] = r.AuthorKey,
            ["reflectionId"] = r.Id,
            ["acuteAction"] = AcuteAction.Data(language),
        };
    }
}
