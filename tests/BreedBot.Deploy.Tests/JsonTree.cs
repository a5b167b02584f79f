using System.Text.Json.Nodes;

namespace BreedBot.Deploy.Tests;

/// <summary>Walks a JSON tree: the compiled ARM template nests modules as deployments.</summary>
internal static class JsonTree
{
    public static IEnumerable<JsonObject> Objects(JsonNode? node) => node switch
    {
        JsonObject o => new[] { o }.Concat(o.SelectMany(p => Objects(p.Value))),
        JsonArray a => a.SelectMany(Objects),
        _ => [],
    };

    public static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };

    /// <summary>Every resource of the given type, at any depth.</summary>
    public static IReadOnlyList<JsonObject> Resources(JsonNode template, string type) =>
        Objects(template)
            .Where(o => o["type"] is JsonValue t && t.TryGetValue<string>(out var s) && string.Equals(s, type, StringComparison.OrdinalIgnoreCase) && o["properties"] is not null)
            .ToList();
}
