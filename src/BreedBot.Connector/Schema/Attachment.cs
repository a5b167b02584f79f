using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace BreedBot.Connector.Schema;

/// <summary>An attachment, usually an Adaptive Card (<see cref="AdaptiveCardContentType"/>).</summary>
public sealed class Attachment
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public string? ContentType { get; set; }
    public JsonNode? Content { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

    public static Attachment AdaptiveCard(JsonNode card) => new() { ContentType = AdaptiveCardContentType, Content = card };
}
