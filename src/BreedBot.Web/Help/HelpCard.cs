using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using BreedBot.Domain.Commands;
using BreedBot.Web.Cards;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Help;

/// <summary>
/// The help card: what BreedBot is and the commands, one row per row of <see cref="CommandTable"/> in the reader's own
/// words (the other language's work too): first what anyone sends in their chat, then, in a short section of their own,
/// the owners' commands in the channel. It stays one screen high in Teams desktop.
/// </summary>
public static class HelpCard
{
    public const string TemplateName = "help";

    private static readonly ConcurrentDictionary<UserLanguage, RenderedCard> Expanded = new();

    public static RenderedCard Render(UserLanguage language) =>
        new(CardTemplates.Render(TemplateName, Data(language)), Summary(language));

    /// <summary>
    /// The card expanded and written once per language and shared by every "help" turn (it depends on nothing else).
    /// Shared: attach it and send it, never change it — <see cref="Render"/> gives a card of one's own.
    /// </summary>
    public static RenderedCard Shared(UserLanguage language) => Expanded.GetOrAdd(language, static l => Render(l).Written());

    public static string Summary(UserLanguage language) => HelpTexts.For(language).Summary;

    internal static JsonObject Data(UserLanguage language)
    {
        var t = HelpTexts.For(language);
        return new JsonObject
        {
            ["title"] = t.Title,
            ["commandsHeading"] = t.CommandsHeading,
            ["commands"] = Commands(t, owners: false),
            ["ownersHeading"] = t.OwnersHeading,
            ["ownerCommands"] = Commands(t, owners: true),
            ["privacy"] = t.Privacy,
            ["safety"] = SafetyNotice.Data(language),
            ["acuteAction"] = AcuteAction.Data(language),
        };
    }

    private static JsonArray Commands(HelpTexts t, bool owners) =>
    [
        // "help" itself is not listed: the reader is looking at it.
        .. CommandTable.All.Where(spec => spec.OwnersOnly == owners && spec.Command != BotCommand.Help).Select(spec => (JsonNode?)new JsonObject
        {
            ["keyword"] = HelpTexts.Keyword(spec, t.English),
            ["description"] = spec.HelpLine.In(t.English),
        }),
    ];

}
