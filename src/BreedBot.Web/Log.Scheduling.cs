namespace BreedBot.Web;

/// <summary>The scheduler's and the duo reminders' log lines (EventIds 1150–1199): kinds and counts only.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1150, Level = LogLevel.Information, Message = "Scheduler pass: {Due} due, {Acted} acted ({Late} late), {Missed} missed, {Failed} failed")]
    public static partial void SchedulerPassed(ILogger logger, int due, int acted, int late, int missed, int failed);

    [LoggerMessage(EventId = 1151, Level = LogLevel.Warning, Message = "Occurrence source {Source} failed with {ErrorType}; the next pass tries again")]
    public static partial void SchedulerSourceFailed(ILogger logger, string source, string errorType);

    [LoggerMessage(EventId = 1152, Level = LogLevel.Warning, Message = "A {Kind} occurrence failed with {ErrorType}; its claim is given back")]
    public static partial void OccurrenceFailed(ILogger logger, string kind, string errorType);

    [LoggerMessage(EventId = 1153, Level = LogLevel.Information, Message = "A {Kind} occurrence came up too late and was recorded as missed")]
    public static partial void OccurrenceMissed(ILogger logger, string kind);

    [LoggerMessage(EventId = 1160, Level = LogLevel.Information, Message = "Duo {Kind} sent")]
    public static partial void ReminderSent(ILogger logger, string kind);

    [LoggerMessage(EventId = 1161, Level = LogLevel.Information, Message = "Duo week {Verb}: {Outcome}")]
    public static partial void DuoWeekAnswered(ILogger logger, string verb, string outcome);

    [LoggerMessage(EventId = 1162, Level = LogLevel.Information, Message = "Duo week {Verb}: {Change}")]
    public static partial void DuoWeekChanged(ILogger logger, string verb, BreedBot.Domain.DuoWeeks.DuoWeekChange change);

    [LoggerMessage(EventId = 1163, Level = LogLevel.Information, Message = "Duo card {Verb}: changed {Changed}")]
    public static partial void DuoCardAnswered(ILogger logger, string verb, bool changed);

    [LoggerMessage(EventId = 1164, Level = LogLevel.Information, Message = "Quiet weeks {Action}: {Outcome}")]
    public static partial void QuietWeeksAnswered(ILogger logger, string action, string outcome);

    [LoggerMessage(EventId = 1165, Level = LogLevel.Information, Message = "Swap question {Verb}: {Outcome}")]
    public static partial void SwapAnswered(ILogger logger, string verb, string outcome);
}
