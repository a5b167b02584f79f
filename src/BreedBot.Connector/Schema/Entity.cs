using System.Text.Json;
using System.Text.Json.Serialization;

namespace BreedBot.Connector.Schema;

/// <summary>An activity entity (mention, clientInfo, …); everything but its type stays in <see cref="ExtensionData"/>.</summary>
public sealed class Entity
{
    public const string ClientInfoType = "clientInfo";

    public string? Type { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>The <c>timezone</c> of a <c>clientInfo</c> entity (e.g. Europe/Amsterdam); null otherwise.</summary>
    public string? GetClientInfoTimezone()
    {
        if (!string.Equals(Type, ClientInfoType, StringComparison.OrdinalIgnoreCase)
            || ExtensionData is null
            || !ExtensionData.TryGetValue("timezone", out var value)
            || value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var zone = value.GetString();
        return string.IsNullOrWhiteSpace(zone) ? null : zone;
    }
}
