using System.Text.Json;
using System.Text.Json.Serialization;

namespace BreedBot.Connector.Schema;

/// <summary>A roster member as the Teams connector returns it.</summary>
public sealed class TeamsChannelAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }

    /// <summary>The Entra object id as the roster API names it.</summary>
    public string? ObjectId { get; set; }

    /// <summary>The Entra object id as activities name it; some answers carry this one instead.</summary>
    public string? AadObjectId { get; set; }
    public string? GivenName { get; set; }
    public string? Surname { get; set; }
    public string? Email { get; set; }
    public string? UserPrincipalName { get; set; }
    public string? TenantId { get; set; }

    /// <summary>user, guest, …</summary>
    public string? UserRole { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>The Entra object id whichever name it came under.</summary>
    [JsonIgnore]
    public string? EntraObjectId => string.IsNullOrEmpty(ObjectId) ? AadObjectId : ObjectId;
}
