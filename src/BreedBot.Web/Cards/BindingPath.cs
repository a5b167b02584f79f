using System.Globalization;
using System.Text.Json.Nodes;

namespace BreedBot.Web.Cards;

/// <summary>
/// A dotted data path such as <c>$root.team.name</c> or <c>items[0].title</c>. Lookup follows
/// adaptive-expressions: property names match case-insensitively (first key in document order),
/// a number indexes an array. Unlike the official package, a missing or null value is an error:
/// the official package would put the literal "${path}" in the card instead.
/// </summary>
internal sealed class BindingPath
{
    private readonly string _head;
    private readonly IReadOnlyList<string> _segments;

    public BindingPath(string text, string head, IReadOnlyList<string> segments)
    {
        Text = text;
        _head = head;
        _segments = segments;
    }

    /// <summary>The path as written in the template, used in error messages.</summary>
    public string Text { get; }

    public JsonNode Resolve(BindingScope scope)
    {
        var current = _head switch
        {
            "$root" => scope.Root,
            "$data" => scope.Data,
            "$index" => scope.Index is { } index ? JsonValue.Create(index) : null,
            _ => Property(scope.Data, _head),
        };

        foreach (var segment in _segments)
        {
            if (current is null)
            {
                break;
            }

            current = current is JsonArray array && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var i)
                ? (i < array.Count ? array[i] : null)
                : Property(current, segment);
        }

        return current ?? throw new CardBindingException($"Card placeholder '${{{Text}}}' has no value in the data.", Text);
    }

    private static JsonNode? Property(JsonNode? node, string name)
    {
        if (node is not JsonObject obj)
        {
            return null;
        }

        foreach (var (key, value) in obj)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }
}
