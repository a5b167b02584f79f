namespace BreedBot.Storage.Retention;

/// <summary>A reflection old enough that retention may apply to it, with the instant retention counts from.</summary>
public sealed record AgedReflection(string TenantId, string AuthorKey, string Id, bool Completed, DateTimeOffset CountsFrom);
