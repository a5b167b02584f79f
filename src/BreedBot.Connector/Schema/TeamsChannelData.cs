using System.Text.Json;
using System.Text.Json.Serialization;

namespace BreedBot.Connector.Schema;

/// <summary>The Teams part of <c>channelData</c>.</summary>
public sealed class TeamsChannelData
{
    public TenantInfo? Tenant { get; set; }
    public TeamInfo? Team { get; set; }
    public ChannelInfo? Channel { get; set; }

    /// <summary>teamMemberAdded, teamMemberRemoved, teamRenamed, teamDeleted, teamArchived, channelCreated, …</summary>
    public string? EventType { get; set; }
    public TeamsChannelDataSettings? Settings { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
