namespace BreedBot.Web;

internal static partial class Log
{
    [LoggerMessage(EventId = 1360, Level = LogLevel.Warning, Message = "After-reply {Kind} failed {Attempts} time(s) ({ErrorType}); trying again in {DelayMs} ms")]
    public static partial void AfterReplyRetrying(ILogger logger, string kind, int attempts, string errorType, long delayMs);

    [LoggerMessage(EventId = 1361, Level = LogLevel.Error, Message = "After-reply {Kind} failed {Attempts} time(s) ({ErrorType}); given up")]
    public static partial void AfterReplyFailed(ILogger logger, string kind, int attempts, string errorType);

    [LoggerMessage(EventId = 1362, Level = LogLevel.Information, Message = "After-reply queue full or closed: {Kind} done before the reply")]
    public static partial void AfterReplyRunInline(ILogger logger, string kind);

    [LoggerMessage(EventId = 1363, Level = LogLevel.Error, Message = "Shutdown timed out with {Left} after-reply item(s) not run")]
    public static partial void AfterReplyAbandoned(ILogger logger, int left);
}
