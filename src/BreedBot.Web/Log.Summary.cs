namespace BreedBot.Web;

/// <summary>The weekly summary and owner settings (EventIds 1300–1349).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1300, Level = LogLevel.Information, Message = "Summary posted ({Trigger})")]
    public static partial void SummaryPosted(ILogger logger, string trigger);

    [LoggerMessage(EventId = 1301, Level = LogLevel.Information, Message = "Summary refused: {Reason}")]
    public static partial void SummaryRefused(ILogger logger, string reason);
}
