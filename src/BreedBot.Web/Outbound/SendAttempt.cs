using System.Globalization;
using BreedBot.Connector.Client;
using BreedBot.Domain.Outbound;

namespace BreedBot.Web.Outbound;

/// <summary>
/// What one failed send means: a final outcome to record (with its <see cref="DeliveryFailure"/> when it failed), or a
/// retry after a delay. <see cref="Reason"/> is what Teams answered, as status and code only.
/// </summary>
internal readonly record struct SendAttempt(DeliveryOutcome? Final, bool Throttled, TimeSpan? RetryAfter, string Reason)
{
    /// <summary>No answer in time after the request went out: Teams may have it.</summary>
    public bool TimedOut { get; init; }

    public DeliveryFailure? Failure => Final == DeliveryOutcome.Failed ? DeliveryFailure.Refused : null;

    public static SendAttempt Of(Exception failure)
    {
        var reason = ReasonOf(failure);
        return failure switch
        {
            ConnectorException { Kind: ConnectorErrorKind.BlockedByUser } => new(DeliveryOutcome.BlockedByUser, false, null, reason),
            ConnectorException { Kind: ConnectorErrorKind.BotNotInConversation or ConnectorErrorKind.DisabledByAdmin } => new(DeliveryOutcome.BotNotInstalled, false, null, reason),
            ConnectorException { Kind: ConnectorErrorKind.NotFound } => new(DeliveryOutcome.NotFound, false, null, reason),
            ConnectorException { Kind: ConnectorErrorKind.Throttled } e => new(null, true, e.RetryAfter, reason),
            ConnectorException { Kind: ConnectorErrorKind.TimedOut } e => new(null, false, null, reason) { TimedOut = e.MayHaveArrived },
            // 408, 412, 500, 502, 503, 504: Teams could not take it just now.
            ConnectorException { Kind: ConnectorErrorKind.Transient } => new(null, false, null, reason),
            // 400, 401, 403, 413, a refused service URL: sending again would fail the same way.
            ConnectorException => new(DeliveryOutcome.Failed, false, null, reason),
            // Network errors, storage hiccups: worth another try.
            _ => new(null, false, null, reason),
        };
    }

    /// <summary>"400 BadRequest", "503", or the kind of failure when no answer came: codes only, never a message.</summary>
    private static string ReasonOf(Exception failure) => failure switch
    {
        ConnectorException { Kind: ConnectorErrorKind.TimedOut } => "timeout",
        ConnectorException { StatusCode: 0 } e => e.Kind.ToString(),
        ConnectorException e => ((int)e.StatusCode).ToString(CultureInfo.InvariantCulture) + (e.ErrorCode is { } code ? " " + code : ""),
        _ => failure.GetType().Name,
    };

    /// <summary>Exponential backoff, capped, with full jitter in its upper half: base·2^(n-1)·[0.5, 1).</summary>
    public static TimeSpan Backoff(int failures, double jitter, TimeSpan baseDelay, TimeSpan maxDelay)
    {
        var exponential = baseDelay.TotalMilliseconds * Math.Pow(2, Math.Max(0, failures - 1));
        var capped = Math.Min(exponential, maxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.5 + (jitter / 2)));
    }
}
