using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace BreedBot.Web.Cards;

/// <summary>
/// Expands an Adaptive Card template with data, following the expansion of the official
/// <c>adaptivecards-templating</c> package (Template.expand) for the subset BreedBot supports:
/// <c>${path}</c>, interpolated strings, <c>$data</c> (object rebinds, array repeats) and <c>$when</c>.
/// <para>
/// Always strict, in tests and at runtime alike: a placeholder without a value (missing or null),
/// a <c>$when</c> that is not a boolean, or syntax outside the subset throws
/// <see cref="CardBindingException"/>. The official package would quietly show "${path}" to the
/// user or drop the element; a card that says "${partnerName}" is a bug we want to hear about.
/// </para>
/// Values are inserted as JSON nodes, never spliced into JSON text, so a value containing quotes,
/// braces or "${" arrives literally and is never expanded again. The template is not modified.
/// </summary>
public static class CardBinder
{
    // Keys the official package consumes and never emits.
    private static readonly HashSet<string> ReservedKeys = ["$data", "$when", "$root", "$index", "$host", "$_acTemplateVersion"];

    // Template strings repeat across renders; parse each distinct one once.
    private static readonly ConcurrentDictionary<string, TemplateString> Parsed = new(StringComparer.Ordinal);

    /// <summary>
    /// Expands <paramref name="template"/> against <paramref name="data"/> (the template's <c>$root</c>).
    /// Returns null when the whole template is dropped by its own <c>$when</c>.
    /// </summary>
    public static JsonNode? Expand(JsonNode template, JsonNode data)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(data);
        return ExpandNode(template, BindingScope.ForRoot(data));
    }

    private static JsonNode? ExpandNode(JsonNode? node, BindingScope scope) => node switch
    {
        null => null,
        JsonArray array => ExpandArray(array, scope),
        JsonObject obj => ExpandObject(obj, scope),
        JsonValue value when value.TryGetValue<string>(out var text) && TemplateString.HasPlaceholder(text) =>
            Parse(text).Evaluate(scope),
        _ => node.DeepClone(),
    };

    private static JsonArray ExpandArray(JsonArray array, BindingScope scope)
    {
        var result = new JsonArray();
        foreach (var item in array)
        {
            // As in the official package: dropped items (null) vanish and arrays are spliced in,
            // which is how an element with an array $data becomes several elements.
            switch (ExpandNode(item, scope))
            {
                case null:
                    break;
                case JsonArray expanded:
                    foreach (var element in expanded.ToArray())
                    {
                        expanded.Remove(element);
                        result.Add(element);
                    }

                    break;
                case var expanded:
                    result.Add(expanded);
                    break;
            }
        }

        return result;
    }

    private static JsonNode? ExpandObject(JsonObject obj, BindingScope scope)
    {
        var (contexts, repeats) = DataContexts(obj, scope);
        var when = obj["$when"];
        var results = new List<JsonObject>();

        for (var i = 0; i < contexts.Count; i++)
        {
            var itemScope = contexts[i] is { } context
                ? scope with { Data = context.Data, Index = repeats ? i : scope.Index }
                : scope;

            if (when is not null && !Condition(when, itemScope))
            {
                continue;
            }

            var expanded = new JsonObject();
            foreach (var (key, value) in obj)
            {
                if (!ReservedKeys.Contains(key))
                {
                    expanded[key] = ExpandNode(value, itemScope);
                }
            }

            results.Add(expanded);
        }

        return results.Count switch
        {
            0 => null,
            1 => results[0],
            _ => new JsonArray([.. results]),
        };
    }

    /// <summary>The data scopes an object expands under: one (inherited or rebound) or one per array item.</summary>
    private static (IReadOnlyList<DataContext?> Contexts, bool Repeats) DataContexts(JsonObject obj, BindingScope scope)
    {
        if (!obj.TryGetPropertyValue("$data", out var dataNode))
        {
            return ([null], false);
        }

        if (dataNode is not JsonValue value || !value.TryGetValue<string>(out var text) || !TemplateString.HasPlaceholder(text))
        {
            throw new CardBindingException("Card $data must be a ${...} expression; inline data is not supported.");
        }

        var bound = Parse(text).Evaluate(scope);
        return bound is JsonArray items
            ? (items.Select(item => (DataContext?)new DataContext(item)).ToList(), true)
            : ([new DataContext(bound)], false);
    }

    private static bool Condition(JsonNode when, BindingScope scope)
    {
        if (when is not JsonValue value || !value.TryGetValue<string>(out var text) || !TemplateString.HasPlaceholder(text))
        {
            throw new CardBindingException("Card $when must be a ${...} expression.");
        }

        return Parse(text).EvaluateCondition(scope, text);
    }

    private static TemplateString Parse(string text) => Parsed.GetOrAdd(text, TemplateString.Parse);

    private sealed record DataContext(JsonNode? Data);
}
