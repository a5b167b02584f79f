using System.Net;

namespace BreedBot.Connector.Client;

/// <summary>
/// A connector call that did not succeed. The message holds only the operation, the status and the error
/// code: the service's own message can echo user text, so it is never kept.
/// </summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException()
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConnectorException(string operation, HttpStatusCode statusCode, ConnectorErrorKind kind, string? errorCode, TimeSpan? retryAfter)
        : base(Describe(operation, statusCode, kind, errorCode))
    {
        StatusCode = statusCode;
        Kind = kind;
        ErrorCode = errorCode;
        RetryAfter = retryAfter;
    }

    /// <summary>The HTTP status, or 0 when no request was sent.</summary>
    public HttpStatusCode StatusCode { get; }

    public ConnectorErrorKind Kind { get; }

    public string? ErrorCode { get; }

    public TimeSpan? RetryAfter { get; }

    /// <summary>
    /// For <see cref="ConnectorErrorKind.TimedOut"/>: the request had gone out when the deadline passed, so Teams may
    /// have accepted it. False when it never left (e.g. the turn had no time left).
    /// </summary>
    public bool MayHaveArrived { get; private init; }

    internal static ConnectorException NotAllowed(string operation) =>
        new(operation, 0, ConnectorErrorKind.ServiceUrlNotAllowed, errorCode: null, retryAfter: null);

    internal static ConnectorException TimedOut(string operation, bool mayHaveArrived, Exception? innerException = null) =>
        new(operation, ConnectorErrorKind.TimedOut, innerException ?? new TimeoutException())
        {
            MayHaveArrived = mayHaveArrived,
        };

    internal static ConnectorException TokenUnavailable(string operation, Exception innerException) =>
        new(operation, ConnectorErrorKind.Unauthorized, innerException);

    private ConnectorException(string operation, ConnectorErrorKind kind, Exception innerException)
        : base(kind == ConnectorErrorKind.TimedOut
            ? $"Connector {operation} got no answer within its deadline."
            : $"Connector {operation} refused before sending: the bot's token could not be obtained.", innerException)
    {
        Kind = kind;
    }

    private static string Describe(string operation, HttpStatusCode statusCode, ConnectorErrorKind kind, string? errorCode) =>
        statusCode == 0
            ? $"Connector {operation} refused before sending: {kind}."
            : $"Connector {operation} failed with {(int)statusCode} ({kind}{(errorCode is null ? string.Empty : ", " + errorCode)}).";
}
