using System.Collections.Frozen;
using System.Text.Json.Nodes;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Cards;

/// <summary>
/// The card templates from <c>cards/*.json</c>, embedded in this assembly as <c>cards/&lt;name&gt;.json</c>
/// and loaded once on first use (thread-safe). Templates are shared and must not be modified;
/// <see cref="CardBinder"/> never does.
/// </summary>
public static class CardTemplates
{
    private const string ResourcePrefix = "cards/";
    private const string ResourceSuffix = ".json";

    private static readonly Lazy<FrozenDictionary<string, JsonObject>> Templates = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The names of all embedded templates ("help", "welcome-team", ...).</summary>
    public static IReadOnlyCollection<string> Names => Templates.Value.Keys;

    /// <summary>The template named <paramref name="name"/>; throws for an unknown name.</summary>
    public static JsonObject Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Templates.Value.TryGetValue(name, out var template)
            ? template
            : throw new KeyNotFoundException(
                $"No card template '{name}' is embedded. Known templates: {string.Join(", ", Templates.Value.Keys.Order(StringComparer.Ordinal))}.");
    }

    /// <summary>
    /// Binds the named template to <paramref name="data"/> and returns the card content as it is displayed: phone
    /// numbers kept on one line (<see cref="PhoneText"/>).
    /// </summary>
    public static JsonObject Render(string name, JsonNode data)
    {
        var card = CardBinder.Expand(Get(name), data) as JsonObject
            ?? throw new CardBindingException($"Card template '{name}' did not expand to a single card object.");
        PhoneText.KeepTogether(card);
        return card;
    }

    private static FrozenDictionary<string, JsonObject> Load()
    {
        var assembly = typeof(CardTemplates).Assembly;
        var templates = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal) || !resource.EndsWith(ResourceSuffix, StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            var name = resource[ResourcePrefix.Length..^ResourceSuffix.Length];
            var template = JsonNode.Parse(stream) as JsonObject
                ?? throw new InvalidOperationException($"Card template '{resource}' is not a JSON object.");
            Materialize(template);
            templates[name] = template;
        }

        return templates.ToFrozenDictionary(StringComparer.Ordinal);
    }

    // A parsed JsonObject builds its property table lazily on first access, which is not safe
    // when several requests render the same template at once. Touch every node here, under the
    // Lazy's lock, so that later use is read-only.
    private static void Materialize(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, value) in obj)
                {
                    Materialize(value);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Materialize(item);
                }

                break;
        }
    }
}
