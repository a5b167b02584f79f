using System.Text.Json;
using System.Text.Json.Serialization;

namespace BreedBot.Connector.Schema;

/// <summary>The conversation an activity belongs to; <see cref="ConversationType"/> is personal, groupChat or channel.</summary>
public sealed class ConversationAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? ConversationType { get; set; }
    public string? TenantId { get; set; }
    public bool? IsGroup { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
