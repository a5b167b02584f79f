using System.Globalization;
using System.Text.Json;

namespace BreedBot.Web.Kernel;

/// <summary>Reads the few values the meldcode and acute cards put in their Action.Execute data; anything else is ignored.</summary>
internal static class CardData
{
    private const int MaxReflectionIdLength = 64;

    /// <summary>A whole number, sent as a JSON number or a string (templating may give either).</summary>
    public static int? Number(JsonElement data, string name)
    {
        if (data.ValueKind != JsonValueKind.Object || !data.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt32(out var n) => n,
            JsonValueKind.String when int.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
            _ => null,
        };
    }

    public static string? Text(JsonElement data, string name) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>
    /// The reflection to return to. Passed back only to its owner's own card, but still kept to
    /// a short id shape so nothing else rides along.
    /// </summary>
    public static string? ReflectionId(JsonElement data) =>
        Text(data, "reflectionId") is { Length: > 0 and <= MaxReflectionIdLength } id && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? id
            : null;
}
