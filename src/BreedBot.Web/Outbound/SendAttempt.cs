using BreedBot.Connector.Client;
using BreedBot.Domain.Outbound;

namespace BreedBot.Web.Outbound;

/// <summary>What one failed send means: a final outcome to record, or a retry after a delay.</summary>
internal readonly record struct SendAttempt(DeliveryOutcome? Final, bool Throttled, TimeSpan? RetryAfter)
{
    public static SendAttempt Of(Exception failure) => failure switch
    {
        ConnectorException { Kind: ConnectorErrorKind.BlockedByUser } => new(DeliveryOutcome.BlockedByUser, false, null),
        ConnectorException { Kind: ConnectorErrorKind.BotNotInConversation or ConnectorErrorKind.DisabledByAdmin } => new(DeliveryOutcome.BotNotInstalled, false, null),
        ConnectorException { Kind: ConnectorErrorKind.NotFound } => new(DeliveryOutcome.NotFound, false, null),
        ConnectorException { Kind: ConnectorErrorKind.Throttled } e => new(null, true, e.RetryAfter),
        ConnectorException { Kind: ConnectorErrorKind.Transient } => new(null, false, null),
        // 400, 401, 413, a refused service URL: sending again would fail the same way.
        ConnectorException => new(DeliveryOutcome.Failed, false, null),
        // Network errors, timeouts, storage hiccups: worth another try.
        _ => new(null, false, null),
    };

    /// <summary>Exponential backoff, capped, with full jitter in its upper half: base·2^(n-1)·[0.5, 1).</summary>
    public static TimeSpan Backoff(int failures, double jitter, TimeSpan baseDelay, TimeSpan maxDelay)
    {
        var exponential = baseDelay.TotalMilliseconds * Math.Pow(2, Math.Max(0, failures - 1));
        var capped = Math.Min(exponential, maxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.5 + (jitter / 2)));
    }
}
