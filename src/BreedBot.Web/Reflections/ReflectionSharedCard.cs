using System.Text.Json.Nodes;
using BreedBot.Domain.Reflections;
using BreedBot.Web.Cards;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Reflections;

/// <summary>
/// A shared reflection as the duo partner sees it, in their own chat only: the answers and a
/// short response. The card carries the author's key; the server checks the sender is a partner
/// it was shared with before showing or storing anything.
/// </summary>
internal static class ReflectionSharedCard
{
    public const string TemplateName = "reflection-shared";

    public static RenderedCard Render(UserLanguage language, Reflection reflection, string? authorName, string? typed = null, IReadOnlyList<ReflectionProblem>? problems = null) =>
        new(CardTemplates.Render(TemplateName, Data(language, reflection, authorName, typed, problems)), Summary(language));

    /// <summary>Content-free: no name, no label.</summary>
    public static string Summary(UserLanguage language) => ReflectionTexts.For(language).SharedSummary;

    internal static JsonObject Data(UserLanguage language, Reflection r, string? authorName, string? typed, IReadOnlyList<ReflectionProblem>? problems)
    {
        var t = ReflectionTexts.For(language);
        var who = string.IsNullOrWhiteSpace(authorName) ? t.PartnerFallback : authorName.Trim();
        var list = problems ?? [];
        return new JsonObject
        {
            ["title"] = t.SharedTitle(who, r.Label),
            ["intro"] = t.SharedIntro,
            ["facts"] = new JsonArray([.. t.Facts(r).Select(f => (JsonNode?)new JsonObject { ["title"] = f.Title, ["value"] = f.Value })]),
            ["hasResponse"] = r.Response is not null,
            ["responseHeading"] = t.YourResponse,
            ["responseText"] = r.Response?.Text ?? "",
            ["hasProblems"] = list.Count > 0,
            ["problems"] = new JsonArray([.. list.Select(p => (JsonNode?)ReflectionTexts.Problem(p, typed, t.English))]),
            ["responseLabel"] = ReflectionTexts.Label("response", t.English),
            ["responseValue"] = typed ?? "",
            ["privacy"] = t.NoNames,
            ["respondButton"] = t.SendResponse,
            ["authorKey"] = r.AuthorKey,
            ["reflectionId"] = r.Id,
            ["acuteAction"] = AcuteAction.Data(language),
        };
    }
}
