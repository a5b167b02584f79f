using System.Text.Json.Nodes;
using BreedBot.Web.Cards;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Kernel;

/// <summary>A one-button offer on a notice: its title and the verb it sends (with no other data).</summary>
public sealed record NoticeOffer(string Title, string Verb);

/// <summary>A short confirmation that replaces a card after an action: a title, a few lines, at most one offer.</summary>
public static class NoticeCard
{
    public const string TemplateName = "notice";

    public static RenderedCard Render(UserLanguage language, string title, params string[] lines) =>
        Render(language, title, lines, null);

    public static RenderedCard Render(UserLanguage language, string title, IEnumerable<string> lines, NoticeOffer? offer) =>
        new(CardTemplates.Render(TemplateName, Data(language, title, lines, offer)), Summary(language));

    /// <summary>Content-free: the title may name a team.</summary>
    public static string Summary(UserLanguage language) =>
        SafetyTexts.For(language).NoticeSummary;

    internal static JsonObject Data(UserLanguage language, string title, IEnumerable<string> lines, NoticeOffer? offer = null) => new()
    {
        ["title"] = title,
        ["lines"] = new JsonArray([.. lines.Select(line => (JsonNode?)line)]),
        ["hasOffer"] = offer is not null,
        ["offer"] = new JsonObject { ["title"] = offer?.Title ?? "", ["verb"] = offer?.Verb ?? "" },
        ["acuteAction"] = AcuteAction.Data(language),
    };
}
