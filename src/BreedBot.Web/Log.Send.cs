namespace BreedBot.Web;

/// <summary>Duo reminders through the outbox, card updates, facts and the owners' status (EventIds 1110–1149): kinds and counts only.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1110, Level = LogLevel.Information, Message = "Duo {Kind} queued for {Recipients} recipient(s)")]
    public static partial void ReminderQueued(ILogger logger, string kind, int recipients);

    [LoggerMessage(EventId = 1111, Level = LogLevel.Warning, Message = "A duo {Kind} fact could not be stored ({ErrorType})")]
    public static partial void DuoFactFailed(ILogger logger, BreedBot.Domain.TeamWeeks.TeamWeekFactKind kind, string errorType);

    [LoggerMessage(EventId = 1112, Level = LogLevel.Information, Message = "Partner reminder card: {Outcome}")]
    public static partial void PartnerCardUpdated(ILogger logger, string outcome);

    [LoggerMessage(EventId = 1113, Level = LogLevel.Warning, Message = "A partner's reminder card could not be updated ({ErrorType})")]
    public static partial void PartnerCardUpdateFailed(ILogger logger, string errorType);

    [LoggerMessage(EventId = 1114, Level = LogLevel.Information, Message = "Delivery status shown: {Total} this week")]
    public static partial void DeliveryStatusShown(ILogger logger, int total);

    [LoggerMessage(EventId = 1115, Level = LogLevel.Information, Message = "Member time zone recorded")]
    public static partial void MemberTimeZoneRecorded(ILogger logger);

    [LoggerMessage(EventId = 1116, Level = LogLevel.Debug, Message = "After-reply queue full; a chat language sighting was dropped")]
    public static partial void ChatLanguageDropped(ILogger logger);

    [LoggerMessage(EventId = 1117, Level = LogLevel.Debug, Message = "After-reply queue full; a member time zone sighting was dropped")]
    public static partial void MemberTimeZoneDropped(ILogger logger);
}
