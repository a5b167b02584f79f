using System.Text.Json;
using System.Text.Json.Serialization;

namespace BreedBot.Connector.Schema;

/// <summary>The answer of <c>GET v3/teams/{teamId}</c>.</summary>
public sealed class TeamDetails
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? AadGroupId { get; set; }
    public int? ChannelCount { get; set; }
    public int? MemberCount { get; set; }
    public string? Type { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
