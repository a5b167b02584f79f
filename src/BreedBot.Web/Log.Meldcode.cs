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

    [LoggerMessage(EventId = 1210, Level = LogLevel.Information, Message = "Acute-danger card shown")]
    public static partial void AcuteCardShown(ILogger logger);

    [LoggerMessage(EventId = 1211, Level = LogLevel.Information, Message = "Urgent consult requested: {Sent} of {Recipients} recipients reached")]
    public static partial void AcuteConsultSent(ILogger logger, int sent, int recipients);

    [LoggerMessage(EventId = 1212, Level = LogLevel.Error, Message = "Urgent consult could not be sent ({ErrorType}); the numbers were shown again")]
    public static partial void AcuteConsultFailed(ILogger logger, string errorType);

    [LoggerMessage(EventId = 1213, Level = LogLevel.Warning, Message = "Urgent consult message to one recipient failed ({ErrorType})")]
    public static partial void AcuteConsultRecipientFailed(ILogger logger, string errorType);
}
