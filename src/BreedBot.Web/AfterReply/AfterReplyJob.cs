using Microsoft.Extensions.Options;

namespace BreedBot.Web.AfterReply;

/// <summary>
/// Runs the after-reply work (<see cref="AfterReplyQueue"/>) with a few workers, each item in a DI scope of its own.
/// A failed item is tried again after <see cref="AfterReplyOptions.RetryDelay"/> (doubling), up to
/// <see cref="AfterReplyOptions.Attempts"/> tries, then logged with its kind and error type and let go. Stopping
/// closes the queue and runs what is left; only when the host's shutdown timeout runs out is the rest abandoned
/// (and counted in the log).
/// </summary>
internal sealed class AfterReplyJob(AfterReplyQueue queue, IServiceScopeFactory scopes, IOptions<AfterReplyOptions> options, TimeProvider time, ILogger<AfterReplyJob> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource abandon = new();
    private Task running = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        running = Task.WhenAll(Enumerable.Range(0, options.Value.Workers).Select(_ => Task.Run(() => WorkAsync(abandon.Token), CancellationToken.None)));
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Close();
        try
        {
            await running.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await abandon.CancelAsync();
            var left = 0;
            while (queue.Reader.TryRead(out _))
            {
                left++;
                queue.Finished();
            }

            Log.AfterReplyAbandoned(logger, left);
            await running; // the work under way sees the cancellation and ends
        }
    }

    public void Dispose() => abandon.Dispose();

    private async Task WorkAsync(CancellationToken ct)
    {
        try
        {
            await foreach (var work in queue.Reader.ReadAllAsync(ct))
            {
                try
                {
                    await RunAsync(work, ct);
                }
                finally
                {
                    queue.Finished();
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Abandoned at the end of the shutdown timeout.
        }
    }

    private async Task RunAsync(AfterReplyWork work, CancellationToken ct)
    {
        var attempts = options.Value.Attempts;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await work.Run(scope.ServiceProvider, ct);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                if (attempt >= attempts)
                {
                    Log.AfterReplyFailed(logger, work.Kind, attempt, e.GetType().Name);
                    return;
                }

                var delay = options.Value.RetryDelay * Math.Pow(2, attempt - 1);
                Log.AfterReplyRetrying(logger, work.Kind, attempt, e.GetType().Name, (long)delay.TotalMilliseconds);
                await Task.Delay(delay, time, ct);
            }
        }
    }
}
