using System.Text.Json.Nodes;

namespace BreedBot.Web.Tests.Cards;

/// <summary>
/// Project rules for a rendered card: schema 1.5 (what Teams renders); submit data is plain JSON
/// with a "verb" and never an "msteams" object (it crashes the Agents Playground and ties us to
/// messageBack/imBack semantics). Returns every violation found.
/// </summary>
internal static class CardRules
{
    private static readonly HashSet<string> DataActions = ["Action.Submit", "Action.Execute"];

    public static IReadOnlyList<string> Violations(JsonNode card)
    {
        var violations = new List<string>();
        if (card["type"]?.GetValue<string>() != "AdaptiveCard")
        {
            violations.Add("type is not AdaptiveCard");
        }

        if (card["version"]?.GetValue<string>() != "1.5")
        {
            violations.Add("version is not 1.5");
        }

        Walk(card, "$", violations);
        return violations;
    }

    private static void Walk(JsonNode? node, string path, List<string> violations)
    {
        switch (node)
        {
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], $"{path}[{i}]", violations);
                }

                break;
            case JsonObject obj:
                if (obj["type"] is JsonValue type && type.TryGetValue<string>(out var typeName) && DataActions.Contains(typeName))
                {
                    CheckActionData(obj["data"], path, violations);
                }

                foreach (var (key, value) in obj)
                {
                    Walk(value, $"{path}.{key}", violations);
                }

                break;
        }
    }

    private static void CheckActionData(JsonNode? data, string path, List<string> violations)
    {
        if (data is not JsonObject obj || obj["verb"] is not JsonValue verb || !verb.TryGetValue<string>(out var text) || text.Length == 0)
        {
            violations.Add($"{path}: action data has no verb");
        }

        if (data is not null && ContainsKey(data, "msteams"))
        {
            violations.Add($"{path}: action data contains an msteams object");
        }
    }

    private static bool ContainsKey(JsonNode node, string key) => node switch
    {
        JsonObject obj => obj.Any(p => p.Key == key || (p.Value is not null && ContainsKey(p.Value, key))),
        JsonArray array => array.Any(item => item is not null && ContainsKey(item, key)),
        _ => false,
    };
}
