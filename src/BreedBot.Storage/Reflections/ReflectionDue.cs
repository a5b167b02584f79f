namespace BreedBot.Storage.Reflections;

/// <summary>One entry of the due index: which reflection needs what, and from when. <see cref="Round"/> is the follow-up number.</summary>
public sealed record ReflectionDue(ReflectionDueKind Kind, string TenantId, string AuthorKey, string ReflectionId, int Round, DateTimeOffset DueAt);
