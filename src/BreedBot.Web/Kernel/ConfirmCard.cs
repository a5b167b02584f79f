using System.Text.Json.Nodes;
using BreedBot.Web.Cards;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Kernel;

/// <summary>A question with a confirming (destructive) and a cancelling button, each an Action.Execute verb.</summary>
public static class ConfirmCard
{
    public const string TemplateName = "confirm";

    public static RenderedCard Render(UserLanguage language, string title, IReadOnlyList<string> lines, (string Title, string Verb) confirm, (string Title, string Verb) cancel) =>
        new(CardTemplates.Render(TemplateName, Data(language, title, lines, confirm, cancel)), Summary(language));

    public static string Summary(UserLanguage language) =>
        SafetyTexts.For(language).ConfirmSummary;

    internal static JsonObject Data(UserLanguage language, string title, IReadOnlyList<string> lines, (string Title, string Verb) confirm, (string Title, string Verb) cancel) => new()
    {
        ["title"] = title,
        ["lines"] = new JsonArray([.. lines.Select(line => (JsonNode?)line)]),
        ["confirm"] = new JsonObject { ["title"] = confirm.Title, ["verb"] = confirm.Verb },
        ["cancel"] = new JsonObject { ["title"] = cancel.Title, ["verb"] = cancel.Verb },
        ["acuteAction"] = AcuteAction.Data(language),
    };
}
