namespace BreedBot.Domain.Pairing;

/// <summary>
/// An organisation's pool (one per tenant): the teams whose owners let it join, and the members of those teams who
/// chose "ook een duopartner buiten mijn team". Its duos are kept, reminded and checked in like a team's, under the
/// scope <see cref="ScopeId"/> of the tenant — a name no Teams team id can have (they start with "19:").
/// </summary>
public static class OrganisationPool
{
    public const string ScopeId = "~pool";

    /// <summary>How cards name the pool where they name a duo's team ("met Sam (organisatiepool)").</summary>
    public const string Name = "organisatiepool";

    /// <summary>Weeks between the pool's pairings: a team's default rotation.</summary>
    public const int RotationWeeks = Teams.RotationInterval.DefaultWeeks;

    public static bool IsPool(string? scopeId) => string.Equals(scopeId, ScopeId, StringComparison.Ordinal);

    /// <summary>The seed of the tenant pool's rotation, like a team's (<see cref="PairingSeed"/>).</summary>
    public static int Seed(string tenantId, int rotation) => PairingSeed.For(tenantId + "|" + ScopeId, rotation);
}
