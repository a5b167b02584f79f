namespace BreedBot.Web;

/// <summary>Reflection log lines: ids, steps, counts and outcomes — never a label, an answer or a response.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1250, Level = LogLevel.Information, Message = "Reflection started ({OpenCount} open before)")]
    public static partial void ReflectionStarted(ILogger logger, int openCount);

    [LoggerMessage(EventId = 1251, Level = LogLevel.Information, Message = "Reflection step {Step} answered: {Outcome}")]
    public static partial void ReflectionStepAnswered(ILogger logger, int step, BreedBot.Domain.Reflections.ReflectionOutcomeKind outcome);

    [LoggerMessage(EventId = 1252, Level = LogLevel.Warning, Message = "Reflection action refused: {Reason}")]
    public static partial void ReflectionRefused(ILogger logger, string reason);

    [LoggerMessage(EventId = 1253, Level = LogLevel.Information, Message = "Reflection completed (shared with {PartnerCount} partners)")]
    public static partial void ReflectionCompleted(ILogger logger, int partnerCount);

    [LoggerMessage(EventId = 1254, Level = LogLevel.Warning, Message = "A shared reflection could not reach a partner ({ErrorType})")]
    public static partial void ReflectionShareFailed(ILogger logger, string errorType);

    [LoggerMessage(EventId = 1255, Level = LogLevel.Information, Message = "Reflection write lost a race at step {Step}; the current state is shown")]
    public static partial void ReflectionWriteConflict(ILogger logger, int step);

    [LoggerMessage(EventId = 1256, Level = LogLevel.Information, Message = "Partner response to a shared reflection: {Outcome}")]
    public static partial void ReflectionResponse(ILogger logger, BreedBot.Domain.Reflections.ReflectionOutcomeKind outcome);

    [LoggerMessage(EventId = 1257, Level = LogLevel.Information, Message = "Follow-up answered: {Outcome}")]
    public static partial void ReflectionFollowUpAnswered(ILogger logger, BreedBot.Domain.Courage.StepOutcome outcome);

    [LoggerMessage(EventId = 1258, Level = LogLevel.Information, Message = "Reflection {Kind} queued")]
    public static partial void ReflectionDueSent(ILogger logger, BreedBot.Storage.Reflections.ReflectionDueKind kind);

    [LoggerMessage(EventId = 1259, Level = LogLevel.Information, Message = "Reflection {Kind} dropped: {Reason}")]
    public static partial void ReflectionDueDropped(ILogger logger, BreedBot.Storage.Reflections.ReflectionDueKind kind, string reason);

    [LoggerMessage(EventId = 1261, Level = LogLevel.Information, Message = "{Count} expired reflections deleted")]
    public static partial void ReflectionsExpired(ILogger logger, int count);

    [LoggerMessage(EventId = 1262, Level = LogLevel.Warning, Message = "Reflection facts for the weekly summary could not be recorded (status {Status})")]
    public static partial void ReflectionFactsFailed(ILogger logger, int status);

    [LoggerMessage(EventId = 1263, Level = LogLevel.Information, Message = "Reflection of kind {Kind}: {Outcome}")]
    public static partial void ReflectionShortcut(ILogger logger, BreedBot.Domain.Reflections.ReflectionKind kind, BreedBot.Domain.Reflections.ReflectionOutcomeKind outcome);

    [LoggerMessage(EventId = 1264, Level = LogLevel.Information, Message = "{Count} cards about an erased or expired reflection queued to be taken back")]
    public static partial void ReflectionCardsRetracted(ILogger logger, int count);
}
