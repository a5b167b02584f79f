namespace BreedBot.Web;

/// <summary>Meldcode guide and acute-danger path (EventIds 1200–1249). Step numbers and counts only.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1200, Level = LogLevel.Information, Message = "Meldcode card shown: {Card}, step or question {Number}")]
    public static partial void MeldcodeCardShown(ILogger logger, string card, int number);

    [LoggerMessage(EventId = 1201, Level = LogLevel.Warning, Message = "Meldcode card action refused: {Reason}")]
    public static partial void MeldcodeActionRefused(ILogger logger, string reason);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Warning, Message = "Beroepscluster unavailable ({ErrorType}); meldcode step shown without cluster notes")]
    public static partial void ClusterUnavailable(ILogger logger, string errorType);

    [LoggerMessage(EventId = 1210, Level = LogLevel.Information, Message = "Acute-danger card shown ({Source})")]
    public static partial void AcuteCardShown(ILogger logger, string source);

    [LoggerMessage(EventId = 1211, Level = LogLevel.Information, Message = "Urgent consult requested: {Delivered} delivered, {Pending} still pending, of {Recipients} recipients")]
    public static partial void AcuteConsultSent(ILogger logger, int delivered, int pending, int recipients);

    [LoggerMessage(EventId = 1212, Level = LogLevel.Error, Message = "Urgent consult could not be sent ({ErrorType}); the numbers were shown again")]
    public static partial void AcuteConsultFailed(ILogger logger, string errorType);

    [LoggerMessage(EventId = 1213, Level = LogLevel.Warning, Message = "Urgent consult message to one recipient failed ({ErrorType})")]
    public static partial void AcuteConsultRecipientFailed(ILogger logger, string errorType);

    [LoggerMessage(EventId = 1214, Level = LogLevel.Warning, Message = "Urgent consult message to one recipient not sent ({ErrorType}); trying once more")]
    public static partial void AcuteConsultRetrying(ILogger logger, string errorType);

    [LoggerMessage(EventId = 1215, Level = LogLevel.Information, Message = "Urgent consult asked for with nobody to ask")]
    public static partial void AcuteConsultNobody(ILogger logger);

    [LoggerMessage(EventId = 1216, Level = LogLevel.Information, Message = "Urgent consult pressed again within the repeat window; nothing new sent")]
    public static partial void AcuteConsultRepeated(ILogger logger);

    [LoggerMessage(EventId = 1217, Level = LogLevel.Warning, Message = "Acute-path look-up not done in time ({Reason}); answered without it")]
    public static partial void AcuteLookupMissed(ILogger logger, string reason);

    [LoggerMessage(EventId = 1218, Level = LogLevel.Information, Message = "A message not understood spoke of danger; 112 and Veilig Thuis shown first")]
    public static partial void DangerSpokenOf(ILogger logger);
}
