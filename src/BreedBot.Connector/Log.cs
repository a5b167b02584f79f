using BreedBot.Connector.Authentication;
using BreedBot.Connector.Client;
using Microsoft.Extensions.Logging;

namespace BreedBot.Connector;

/// <summary>Every log line of the protocol layer: statuses, codes, counts and operation names — never bodies, tokens or texts.</summary>
internal static partial class Log
{
    [LoggerMessage(1001, LogLevel.Warning, "Inbound request refused: {Failure}")]
    public static partial void AuthenticationFailed(ILogger logger, AuthenticationFailure failure);

    [LoggerMessage(1002, LogLevel.Warning, "Inbound request without a token let through by Bot:DangerouslyAllowUnauthenticatedRequests")]
    public static partial void DevelopmentBypass(ILogger logger);

    [LoggerMessage(1003, LogLevel.Information, "OpenID signing keys refreshed: {KeyCount} keys")]
    public static partial void MetadataRefreshed(ILogger logger, int keyCount);

    [LoggerMessage(1004, LogLevel.Error, "OpenID metadata refresh failed: {ExceptionType}")]
    public static partial void MetadataRefreshFailed(ILogger logger, string exceptionType);

    [LoggerMessage(1005, LogLevel.Information, "A token names an unknown signing key; refreshing the OpenID metadata")]
    public static partial void RefreshingForUnknownKey(ILogger logger);

    [LoggerMessage(2001, LogLevel.Debug, "Connector {Operation} answered {StatusCode}")]
    public static partial void CallSucceeded(ILogger logger, string operation, int statusCode);

    [LoggerMessage(2002, LogLevel.Warning, "Connector {Operation} failed with {StatusCode} ({Kind}, code {ErrorCode})")]
    public static partial void CallFailed(ILogger logger, string operation, int statusCode, ConnectorErrorKind kind, string? errorCode);

    [LoggerMessage(2003, LogLevel.Information, "Connector {Operation} answered {StatusCode} on attempt {Attempt}; retrying in {DelayMilliseconds} ms")]
    public static partial void Retrying(ILogger logger, string operation, int statusCode, int attempt, long delayMilliseconds);

    [LoggerMessage(2004, LogLevel.Warning, "Connector {Operation} answered {StatusCode} on attempt {Attempt}; retry budget exhausted")]
    public static partial void RetryBudgetExhausted(ILogger logger, string operation, int statusCode, int attempt);

    [LoggerMessage(2005, LogLevel.Error, "Connector {Operation} refused: the service URL is not on the allow-list")]
    public static partial void ServiceUrlRefused(ILogger logger, string operation);

    [LoggerMessage(2007, LogLevel.Error, "Connector {Operation}: no token for the bot ({ExceptionType})")]
    public static partial void TokenUnavailable(ILogger logger, string operation, string exceptionType);

    [LoggerMessage(2008, LogLevel.Warning, "Connector {Operation} got no answer within {TimeoutMilliseconds} ms (request sent: {Dispatched})")]
    public static partial void CallTimedOut(ILogger logger, string operation, long timeoutMilliseconds, bool dispatched);

    [LoggerMessage(2101, LogLevel.Debug, "Graph listed {MemberCount} team members, {OwnerCount} of them owners")]
    public static partial void GraphMembersRead(ILogger logger, int memberCount, int ownerCount);

    [LoggerMessage(2102, LogLevel.Information, "Graph answered 429; asking again in {DelayMilliseconds} ms")]
    public static partial void GraphThrottled(ILogger logger, long delayMilliseconds);

    [LoggerMessage(2103, LogLevel.Warning, "Graph team members not read: {Kind} (status {StatusCode})")]
    public static partial void GraphLookupFailed(ILogger logger, Graph.GraphErrorKind kind, int statusCode);

    [LoggerMessage(2006, LogLevel.Error, "Connector {Operation} returned an unreadable body")]
    public static partial void UnreadableResponse(ILogger logger, string operation);
}
