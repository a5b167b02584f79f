using System.Text.Json;
using System.Text.Json.Serialization;

namespace BreedBot.Connector.Schema;

public sealed class TeamsChannelDataSettings
{
    public ChannelInfo? SelectedChannel { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
