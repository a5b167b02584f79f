using Microsoft.Extensions.Logging;

namespace BreedBot.Storage;

/// <summary>
/// Creates the tables and queues again when storage came back empty (an in-memory emulator restarted, an account
/// restored or recreated): the first request that meets "table not found" or "queue not found" does it, every request
/// meeting it at the same moment waits for that one run, and then each is tried once more. No restart needed.
/// </summary>
public sealed partial class StorageRecreation(StorageInitializer initializer, TimeProvider time, ILogger<StorageRecreation> logger) : IDisposable
{
    // A create that itself meets a missing resource must not start another run (and would wait on itself).
    private static readonly AsyncLocal<bool> Running = new();
    private static readonly TimeSpan PauseAfterFailure = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim gate = new(1, 1);
    private long runs;
    private DateTimeOffset failedAt = DateTimeOffset.MinValue;

    /// <summary>How many times the tables and queues were created again.</summary>
    public long Runs => Interlocked.Read(ref runs);

    /// <summary>True when the caller should try its request again: the resources were created (now or by a run it waited for).</summary>
    public async Task<bool> RecreateAsync(string missing, CancellationToken ct)
    {
        if (Running.Value)
        {
            return false;
        }

        var seen = Runs;
        await gate.WaitAsync(ct);
        try
        {
            if (Runs != seen)
            {
                return true;
            }

            if (time.GetUtcNow() - failedAt < PauseAfterFailure)
            {
                return false;
            }

            LogRecreating(logger, missing);
            Running.Value = true;
            if (!await initializer.TryCreateAsync(ct))
            {
                failedAt = time.GetUtcNow();
                return false;
            }

            Interlocked.Increment(ref runs);
            return true;
        }
        finally
        {
            Running.Value = false;
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Storage answered {Missing}: it came back empty; creating the tables and queues again")]
    private static partial void LogRecreating(ILogger logger, string missing);
}
