namespace BreedBot.Storage.Reflections;

/// <summary>One reflection shared with one partner: where the partner's view and response live (the author's row).</summary>
public sealed record ReflectionShare(string TenantId, string PartnerKey, string AuthorKey, string ReflectionId, DateTimeOffset SharedAt);
