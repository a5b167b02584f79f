namespace BreedBot.Web.Retention;

/// <summary>
/// One retention period applied: deletes what has been kept long enough. Runs once a day across
/// all instances (<see cref="RetentionSource"/>); must be harmless when run again.
/// Register with <c>services.AddRetentionRule&lt;T&gt;()</c>.
/// </summary>
internal interface IRetentionRule
{
    /// <summary>Applies the rule at <paramref name="now"/>; returns how many things were deleted (for the log).</summary>
    Task<int> ApplyAsync(DateTimeOffset now, CancellationToken ct);
}
