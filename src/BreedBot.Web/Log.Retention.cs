namespace BreedBot.Web;

internal static partial class Log
{
    [LoggerMessage(EventId = 1080, Level = LogLevel.Information, Message = "A removed team's data was purged after its grace period ({RowCount} rows)")]
    public static partial void TeamDataPurged(ILogger logger, int rowCount);

    [LoggerMessage(EventId = 1081, Level = LogLevel.Information, Message = "Retention rule {Rule} deleted {Count}")]
    public static partial void RetentionApplied(ILogger logger, string rule, int count);
}
