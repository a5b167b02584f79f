using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using BreedBot.Domain.Commands;
using BreedBot.Web.Cards;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Help;

/// <summary>
/// The help card: what BreedBot is and the commands that exist today, one row per row of <see cref="CommandTable"/>.
/// </summary>
public static class HelpCard
{
    public const string TemplateName = "help";

    private static readonly ConcurrentDictionary<UserLanguage, RenderedCard> Expanded = new();

    public static RenderedCard Render(UserLanguage language) =>
        new(CardTemplates.Render(TemplateName, Data(language)), Summary(language));

    /// <summary>
    /// The card expanded once per language and shared by every "help" turn (it depends on nothing else). Shared: attach it
    /// and send it, never change it — <see cref="Render"/> gives a card of one's own.
    /// </summary>
    public static RenderedCard Shared(UserLanguage language) => Expanded.GetOrAdd(language, Render);

    public static string Summary(UserLanguage language) => HelpTexts.For(language).Summary;

    internal static JsonObject Data(UserLanguage language)
    {
        var t = HelpTexts.For(language);
        return new JsonObject
        {
            ["title"] = t.Title,
            ["intro"] = t.Intro,
            ["commandsHeading"] = t.CommandsHeading,
            ["commands"] = Commands(t),
            ["privacy"] = t.Privacy,
            ["safety"] = SafetyNotice.Data(language),
            ["acuteAction"] = AcuteAction.Data(language),
        };
    }

    private static JsonArray Commands(HelpTexts t) =>
    [
        .. CommandTable.All.Select(spec => (JsonNode?)new JsonObject
        {
            ["keyword"] = spec.HelpKeyword ?? string.Join(" · ", spec.Words),
            ["description"] = (spec.OwnersOnly ? t.OwnersInTheChannel : "") + spec.HelpLine.In(t.English),
        }),
    ];
}
