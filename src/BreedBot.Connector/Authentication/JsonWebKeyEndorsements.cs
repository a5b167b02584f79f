using System.Collections;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace BreedBot.Connector.Authentication;

/// <summary>Reads the Bot Framework <c>endorsements</c> array that the key set attaches to each signing key.</summary>
internal static class JsonWebKeyEndorsements
{
    private const string PropertyName = "endorsements";

    public static bool Contains(JsonWebKey key, string? channelId)
    {
        if (string.IsNullOrEmpty(channelId) || !key.AdditionalData.TryGetValue(PropertyName, out var raw))
        {
            return false;
        }

        return Read(raw).Contains(channelId, StringComparer.OrdinalIgnoreCase);
    }

    // The identity library hands unknown JWK members over as JsonElement or as a list of objects,
    // depending on version; accept both and nothing else.
    private static IEnumerable<string> Read(object? raw) => raw switch
    {
        JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray()
            .Where(item => item.ValueKind == JsonValueKind.String)
            .Select(item => item.GetString()!),
        string => [],
        IEnumerable items => items.Cast<object?>().Select(item => item switch
        {
            string text => text,
            JsonElement { ValueKind: JsonValueKind.String } element => element.GetString(),
            _ => null,
        }).OfType<string>(),
        _ => [],
    };
}
