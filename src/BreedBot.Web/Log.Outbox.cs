using BreedBot.Domain.Outbound;

namespace BreedBot.Web;

/// <summary>The send workers' log lines (EventIds 1100–1149): kinds, outcomes, counts and delays — never the message.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Information, Message = "Outbound {Kind} settled as {Outcome} after {Attempts} attempts")]
    public static partial void OutboundSettled(ILogger logger, string kind, DeliveryOutcome outcome, int attempts);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Outbound {Kind} was already settled as {Outcome}; the queue copy is dropped")]
    public static partial void OutboundAlreadySettled(ILogger logger, string kind, DeliveryOutcome outcome);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "Outbound {Kind} failed {Failures} times ({Reason}); retrying in {DelayMs} ms")]
    public static partial void OutboundRetrying(ILogger logger, string kind, int failures, long delayMs, string reason);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Error, Message = "Outbound {Kind} gave up after {Failures} failures ({Reason}); moved to the poison queue")]
    public static partial void OutboundGaveUp(ILogger logger, string kind, int failures, string reason);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Error, Message = "An outbound queue message could not be read; moved to the poison queue")]
    public static partial void OutboundUnreadable(ILogger logger);

    [LoggerMessage(EventId = 1105, Level = LogLevel.Information, Message = "Outbound {Kind} dropped: the recipient's data was erased")]
    public static partial void OutboundRecipientGone(ILogger logger, string kind);

    [LoggerMessage(EventId = 1106, Level = LogLevel.Debug, Message = "Outbound {Kind} deferred by {DelayMs} ms")]
    public static partial void OutboundDeferred(ILogger logger, string kind, long delayMs);

    [LoggerMessage(EventId = 1107, Level = LogLevel.Warning, Message = "Teams kept throttling a tenant: every worker pauses it for {PauseMs} ms")]
    public static partial void OutboundTenantPaused(ILogger logger, long pauseMs);

    [LoggerMessage(EventId = 1108, Level = LogLevel.Warning, Message = "Handling an outbound message failed with {ErrorType}; it returns to the queue")]
    public static partial void OutboundHandlingFailed(ILogger logger, string errorType);

    [LoggerMessage(EventId = 1118, Level = LogLevel.Warning, Message = "Outbound {Kind} settled as {Outcome}: Teams answered {Reason}, not worth sending again")]
    public static partial void OutboundRefused(ILogger logger, string kind, DeliveryOutcome outcome, string reason);

    [LoggerMessage(EventId = 1109, Level = LogLevel.Warning, Message = "Reading the outbound queue failed with {ErrorType}; trying again after the poll interval")]
    public static partial void OutboxPollFailed(ILogger logger, string errorType);
}
