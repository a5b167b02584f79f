using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace BreedBot.Connector.Schema;

public sealed class ChannelInfo
{
    public string? Id { get; set; }
    public string? Name { get; set; }

    [JsonExtensionData]
    public JsonObject? ExtensionData { get; set; }
}
