using System.Text.Json;
using System.Text.Json.Serialization;

namespace BreedBot.Connector.Schema;

/// <summary>One page of a roster; ask again with <see cref="ContinuationToken"/> until it is null.</summary>
public sealed class PagedMembersResult
{
    public string? ContinuationToken { get; set; }
    public IList<TeamsChannelAccount> Members { get; set; } = [];

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
