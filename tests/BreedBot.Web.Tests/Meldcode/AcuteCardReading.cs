using System.Text.Json.Nodes;

namespace BreedBot.Web.Tests.Meldcode;

/// <summary>Reads a rendered acute card the way a person does: its texts in order, the people it names, its buttons.</summary>
internal static class AcuteCardReading
{
    /// <summary>Every text in card order: text blocks, and facts as "title: value".</summary>
    public static List<string> Texts(JsonObject card) =>
        [.. card["body"]!.AsArray().SelectMany(b => b!["type"]!.GetValue<string>() == "FactSet"
            ? b["facts"]!.AsArray().Select(f => $"{f!["title"]}: {f["value"]}")
            : [b["text"]!.GetValue<string>()])];

    /// <summary>The lines that say whom a consult would reach ("- je duopartner Sam").</summary>
    public static List<string> Recipients(JsonObject card) =>
        [.. card["body"]!.AsArray().Select(b => b!["text"]?.GetValue<string>()).OfType<string>().Where(t => t.StartsWith("- ", StringComparison.Ordinal)).Select(t => t[2..])];

    public static List<JsonObject> Actions(JsonObject card) => [.. (card["actions"]?.AsArray() ?? []).Select(a => a!.AsObject())];

    public static List<string> Verbs(JsonObject card) => [.. Actions(card).Select(a => a["verb"]!.GetValue<string>())];
}
