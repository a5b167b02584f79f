namespace BreedBot.Testing;

/// <summary>A roster member as the Teams connector lists it.</summary>
public sealed record StandInMember(
    string Id,
    string Name,
    string ObjectId,
    string? Email = null,
    string? UserPrincipalName = null,
    string? TenantId = null,
    string UserRole = "user");
