namespace BreedBot.Web;

/// <summary>The send workers' lifecycle log lines (EventIds 1350–1369): counts only.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1350, Level = LogLevel.Information, Message = "A send worker stopped before sending an outbound message; it is back on the queue")]
    public static partial void OutboundReleasedOnStop(ILogger logger);
}
