namespace BreedBot.Storage.Retention;

/// <summary>A reflection old enough that retention may apply to it, with the instant retention counts from.</summary>
public sealed record AgedReflection(string TenantId, string AuthorKey, string Id, bool Completed, DateTimeOffset CountsFrom)
{
    /// <summary>The partners it was shared with: their index rows go with it.</summary>
    public IReadOnlyList<string> SharedWith { get; init; } = [];
}
