using System.Text.Json;
using System.Text.Json.Serialization;

namespace BreedBot.Connector.Schema;

public sealed class TenantInfo
{
    public string? Id { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
