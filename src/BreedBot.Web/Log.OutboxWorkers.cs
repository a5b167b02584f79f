namespace BreedBot.Web;

/// <summary>The send workers' lifecycle log lines (EventIds 1350–1369): counts only.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1350, Level = LogLevel.Information, Message = "A send worker stopped before sending an outbound message; it is back on the queue")]
    public static partial void OutboundReleasedOnStop(ILogger logger);

    [LoggerMessage(EventId = 1351, Level = LogLevel.Warning, Message = "Outbound {Kind} waited for a send slot until its claim was nearly over; given back to the queue unsent")]
    public static partial void OutboundLeaseRanOut(ILogger logger, string kind);
}
