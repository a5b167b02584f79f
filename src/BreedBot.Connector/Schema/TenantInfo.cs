using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace BreedBot.Connector.Schema;

public sealed class TenantInfo
{
    public string? Id { get; set; }

    [JsonExtensionData]
    public JsonObject? ExtensionData { get; set; }
}
