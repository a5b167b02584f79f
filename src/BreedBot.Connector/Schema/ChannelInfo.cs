using System.Text.Json;
using System.Text.Json.Serialization;

namespace BreedBot.Connector.Schema;

public sealed class ChannelInfo
{
    public string? Id { get; set; }
    public string? Name { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
