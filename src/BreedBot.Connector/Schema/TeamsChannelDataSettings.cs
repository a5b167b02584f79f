using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace BreedBot.Connector.Schema;

public sealed class TeamsChannelDataSettings
{
    public ChannelInfo? SelectedChannel { get; set; }

    [JsonExtensionData]
    public JsonObject? ExtensionData { get; set; }
}
