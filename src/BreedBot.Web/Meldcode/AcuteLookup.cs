namespace BreedBot.Web.Meldcode;

/// <summary>
/// A look-up the acute path may not wait for: its result within the limit, else null — never an error and never
/// longer, even when storage hangs and ignores the cancellation. Numbers first, details when they come in time.
/// </summary>
internal static class AcuteLookup
{
    public static async Task<T?> WithinAsync<T>(Func<CancellationToken, Task<T?>> lookup, TimeSpan limit, TimeProvider time, ILogger logger, CancellationToken ct)
        where T : class
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        Task<T?>? running = null;
        try
        {
            running = lookup(stop.Token);
            return await running.WaitAsync(limit, time, ct);
        }
        catch (TimeoutException)
        {
            Log.AcuteLookupMissed(logger, "timeout");
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            Log.AcuteLookupMissed(logger, e.GetType().Name);
        }

        await stop.CancelAsync();
        // Nobody awaits the abandoned look-up any more: observe how it ends, so it is not reported as unobserved.
        _ = running?.ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        return null;
    }
}
