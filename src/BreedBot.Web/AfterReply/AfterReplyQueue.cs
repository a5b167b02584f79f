using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace BreedBot.Web.AfterReply;

/// <summary>
/// What a turn does after its reply, in memory: a person's Teams time zone, a partner's card shown again. The turn
/// queues it and answers; <see cref="AfterReplyJob"/> runs it in a scope of its own, retries a failure a few times and
/// logs what still fails, and on shutdown runs what is left before the host stops. Bounded: a turn that finds the
/// queue full (a burst) or closed (shutting down) either does the work itself (<see cref="RunOrQueueAsync"/>) or, for
/// work that comes again by itself, lets it go (<see cref="TryQueue"/>).
/// <para>
/// Memory is not storage: what is queued here is lost when the process dies. So only work whose loss is harmless goes
/// here — what the person was told is stored is written before the reply (a check-in's facts are in its transaction).
/// </para>
/// </summary>
internal sealed class AfterReplyQueue
{
    private readonly Channel<AfterReplyWork> channel;
    private readonly IServiceScopeFactory scopes;
    private readonly ILogger<AfterReplyQueue> logger;
    private readonly Lock gate = new();
    private int unfinished;
    private TaskCompletionSource idle = Completed();

    public AfterReplyQueue(IOptions<AfterReplyOptions> options, IServiceScopeFactory scopes, ILogger<AfterReplyQueue> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.scopes = scopes;
        this.logger = logger;
        // Wait, not DropWrite: with DropWrite a write to a full channel reports success while dropping the item, and
        // the count of unfinished items would never come back to zero. TryWrite never waits in either mode.
        channel = Channel.CreateBounded<AfterReplyWork>(new BoundedChannelOptions(options.Value.Capacity) { FullMode = BoundedChannelFullMode.Wait });
    }

    /// <summary>Queues the work. False when the queue is full or closed and it was not queued.</summary>
    public bool TryQueue(string kind, Func<IServiceProvider, CancellationToken, Task> work)
    {
        lock (gate)
        {
            if (!channel.Writer.TryWrite(new AfterReplyWork(kind, work)))
            {
                return false;
            }

            if (unfinished++ == 0)
            {
                idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            return true;
        }
    }

    /// <summary>
    /// Queues the work, or, when the queue is full or closed, does it now in a scope of its own (once; a failure is
    /// logged, not thrown: the turn's own answer is already stored).
    /// </summary>
    public async Task RunOrQueueAsync(string kind, Func<IServiceProvider, CancellationToken, Task> work, CancellationToken ct)
    {
        if (TryQueue(kind, work))
        {
            return;
        }

        Log.AfterReplyRunInline(logger, kind);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await work(scope.ServiceProvider, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            Log.AfterReplyFailed(logger, kind, 1, e.GetType().Name);
        }
    }

    /// <summary>Completes when everything queued so far has been handled (host tests wait on it before they look).</summary>
    public Task WhenIdleAsync()
    {
        lock (gate)
        {
            return idle.Task;
        }
    }

    internal ChannelReader<AfterReplyWork> Reader => channel.Reader;

    /// <summary>No more queueing: what comes now is done by its turn. What is queued stays to be read.</summary>
    internal void Close() => channel.Writer.TryComplete();

    /// <summary>Marks one read item as handled, done or given up.</summary>
    internal void Finished()
    {
        lock (gate)
        {
            if (--unfinished == 0)
            {
                idle.TrySetResult();
            }
        }
    }

    private static TaskCompletionSource Completed()
    {
        var done = new TaskCompletionSource();
        done.SetResult();
        return done;
    }
}

/// <summary>One piece of after-reply work: what it is (for logs, never what it is about) and what to do.</summary>
internal sealed record AfterReplyWork(string Kind, Func<IServiceProvider, CancellationToken, Task> Run);
