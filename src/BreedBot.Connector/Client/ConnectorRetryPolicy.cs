namespace BreedBot.Connector.Client;

/// <summary>
/// How long the connector client keeps trying: at most <see cref="MaxAttempts"/> sends and
/// <see cref="MaxTotalWait"/> of waiting in all. A longer Retry-After is handed to the caller instead.
/// </summary>
public sealed record ConnectorRetryPolicy
{
    public static ConnectorRetryPolicy Default { get; } = new();

    public int MaxAttempts { get; init; } = 4;
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(8);
    public TimeSpan MaxTotalWait { get; init; } = TimeSpan.FromSeconds(30);

    internal static bool IsRetryable(int status) => status is 408 or 412 or 429 or 500 or 502 or 503 or 504;

    /// <summary>Exponential backoff with full jitter in its upper half: base·2^(n-1)·[0.5, 1), capped.</summary>
    internal TimeSpan Backoff(int failedAttempts, double jitter)
    {
        var exponential = BaseDelay.TotalMilliseconds * Math.Pow(2, failedAttempts - 1);
        var capped = Math.Min(exponential, MaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.5 + (jitter / 2)));
    }
}
