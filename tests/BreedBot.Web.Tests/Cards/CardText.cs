using System.Text.Json.Nodes;

namespace BreedBot.Web.Tests.Cards;

/// <summary>The words a rendered card shows, for tests that read them.</summary>
internal static class CardText
{
    public static string FirstText(JsonObject card) =>
        card["body"]!.AsArray().First(e => e!["type"]!.GetValue<string>() == "TextBlock")!["text"]!.GetValue<string>();

    public static string AllStrings(JsonNode node) => node switch
    {
        JsonObject obj => string.Join("\n", obj.Select(p => p.Value is null ? "" : AllStrings(p.Value))),
        JsonArray array => string.Join("\n", array.Select(item => item is null ? "" : AllStrings(item))),
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => "",
    };

    public static string AllText(JsonNode node) => node switch
    {
        JsonObject obj => string.Join("\n", obj.Select(p => p.Key == "text" && p.Value is JsonValue v ? v.GetValue<string>() : p.Value is null ? "" : AllText(p.Value))),
        JsonArray array => string.Join("\n", array.Select(item => item is null ? "" : AllText(item))),
        _ => "",
    };
}
