namespace BreedBot.Domain.Scheduling;

/// <summary>
/// Where an occurrence belongs: a tenant and, within it, a team (or a member, for personal
/// occurrences like follow-ups). Claims are partitioned by it, so a tenant never reaches another's.
/// </summary>
public sealed record OccurrenceScope(string TenantId, string ScopeId);
