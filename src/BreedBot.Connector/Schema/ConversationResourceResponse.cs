using System.Text.Json;
using System.Text.Json.Serialization;

namespace BreedBot.Connector.Schema;

/// <summary>The answer to create-conversation: the new conversation id (<c>a:…</c>) and, for a thread, the first activity id.</summary>
public sealed class ConversationResourceResponse
{
    public string? Id { get; set; }
    public string? ActivityId { get; set; }
    public string? ServiceUrl { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
