using System.Text.Json;

namespace BreedBot.EndToEnd.Tests;

/// <summary>Looks into an Adaptive Card's JSON the way a renderer would: elements by type, inputs by id.</summary>
internal static class CardJson
{
    /// <summary>Every JSON object in the card, depth first (body elements, columns, actions, choices).</summary>
    public static IEnumerable<JsonElement> Objects(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => new[] { element }.Concat(element.EnumerateObject().SelectMany(p => Objects(p.Value))),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Objects),
        _ => [],
    };

    public static IEnumerable<JsonElement> OfType(JsonElement card, string type) =>
        Objects(card).Where(o => StringOf(o, "type") == type);

    /// <summary>The value an input shows, found by its id; null when the card has no such input.</summary>
    public static string? InputValue(JsonElement card, string id) =>
        Objects(card).Where(o => StringOf(o, "id") == id && (StringOf(o, "type") ?? "").StartsWith("Input.", StringComparison.Ordinal))
            .Select(o => StringOf(o, "value"))
            .FirstOrDefault();

    /// <summary>Texts of the TextBlocks coloured as attention: the card's problem list.</summary>
    public static IEnumerable<string> AttentionTexts(JsonElement card) =>
        OfType(card, "TextBlock").Where(b => StringOf(b, "color") == "Attention").Select(b => StringOf(b, "text") ?? "");

    public static string? StringOf(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
