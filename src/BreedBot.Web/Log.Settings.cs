namespace BreedBot.Web;

/// <summary>Owner settings and the aandachtsfunctionaris role (EventIds 1340–1349, 1370–1389).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1340, Level = LogLevel.Information, Message = "Settings refused: {Reason}")]
    public static partial void SettingsRefused(ILogger logger, string reason);

    [LoggerMessage(EventId = 1341, Level = LogLevel.Information, Message = "Settings submit had {Problems} problem(s); nothing stored")]
    public static partial void SettingsInvalid(ILogger logger, int problems);

    [LoggerMessage(EventId = 1342, Level = LogLevel.Information, Message = "Settings saved: {Changes} field(s) changed")]
    public static partial void SettingsSaved(ILogger logger, int changes);

    [LoggerMessage(EventId = 1343, Level = LogLevel.Warning, Message = "Aandachtsfunctionaris could not be told: {Error}")]
    public static partial void AandachtsfunctionarisNotTold(ILogger logger, string error);

    [LoggerMessage(EventId = 1344, Level = LogLevel.Information, Message = "Aandachtsfunctionaris told of the role")]
    public static partial void AandachtsfunctionarisTold(ILogger logger);

    [LoggerMessage(EventId = 1345, Level = LogLevel.Information, Message = "Aandachtsfunctionaris declined: {Outcome}")]
    public static partial void AandachtsfunctionarisDeclined(ILogger logger, string outcome);

    [LoggerMessage(EventId = 1346, Level = LogLevel.Warning, Message = "Owners could not be told of a declined role: {Error}")]
    public static partial void AandachtsfunctionarisDeclineNotPosted(ILogger logger, string error);
}
