using System.Text.Json;
using System.Text.Json.Serialization;

namespace BreedBot.Connector.Schema;

public sealed class AdaptiveCardInvokeAction
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public string? Verb { get; set; }
    public JsonElement? Data { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
