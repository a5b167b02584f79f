using System.Text.Json.Nodes;
using BreedBot.Web.Cards;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Kernel;

/// <summary>A short confirmation that replaces a card after an action: a title and a few lines.</summary>
public static class NoticeCard
{
    public const string TemplateName = "notice";

    public static RenderedCard Render(UserLanguage language, string title, params string[] lines) =>
        new(CardTemplates.Render(TemplateName, Data(language, title, lines)), Summary(language));

    /// <summary>Content-free: the title may name a team.</summary>
    public static string Summary(UserLanguage language) =>
        SafetyTexts.For(language).NoticeSummary;

    internal static JsonObject Data(UserLanguage language, string title, IEnumerable<string> lines) => new()
    {
        ["title"] = title,
        ["lines"] = new JsonArray([.. lines.Select(line => (JsonNode?)line)]),
        ["acuteAction"] = AcuteAction.Data(language),
    };
}
