namespace BreedBot.Web;

/// <summary>The weekly summary and owner settings (EventIds 1300–1339; settings has its own file).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1300, Level = LogLevel.Information, Message = "Summary posted ({Trigger})")]
    public static partial void SummaryPosted(ILogger logger, string trigger);

    [LoggerMessage(EventId = 1301, Level = LogLevel.Information, Message = "Summary refused: {Reason}")]
    public static partial void SummaryRefused(ILogger logger, string reason);

    [LoggerMessage(EventId = 1302, Level = LogLevel.Information, Message = "Courage story shared")]
    public static partial void CourageStoryShared(ILogger logger);

    [LoggerMessage(EventId = 1303, Level = LogLevel.Information, Message = "Courage story refused: {Problem}")]
    public static partial void CourageStoryRefused(ILogger logger, BreedBot.Domain.CourageStories.CourageStoryProblem problem);

    [LoggerMessage(EventId = 1304, Level = LogLevel.Information, Message = "Courage story withdrawn: {Withdrawn}")]
    public static partial void CourageStoryWithdrawn(ILogger logger, bool withdrawn);

    [LoggerMessage(EventId = 1305, Level = LogLevel.Information, Message = "Summary took {Count} courage stories")]
    public static partial void SummaryStoriesTaken(ILogger logger, int count);
}
