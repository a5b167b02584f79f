using BreedBot.Testing;
using BreedBot.Web.AfterReply;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BreedBot.Web.Tests.AfterReply;

/// <summary>
/// The after-reply queue and its job on their own: a burst up to the bound is queued and beyond it done by the turn
/// itself, shutdown runs what is queued, a failure is tried again after a delay on the (fake) clock and then logged.
/// </summary>
public sealed class AfterReplyJobTests : IAsyncDisposable
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2027, 2, 15, 9, 0, 0, TimeSpan.Zero));
    private readonly CapturedLogs logs = new();
    private readonly ServiceProvider services = new ServiceCollection().BuildServiceProvider();
    private readonly ILoggerFactory loggers;

    public AfterReplyJobTests() => loggers = LoggerFactory.Create(builder => builder.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));

    public async ValueTask DisposeAsync()
    {
        loggers.Dispose();
        await services.DisposeAsync();
    }

    [Fact]
    public void TryQueue_BurstBeyondTheBound_QueuesUpToItThenRefuses()
    {
        var queue = Queue(capacity: 3);

        var queued = Enumerable.Range(0, 5).Select(_ => queue.TryQueue("test", (_, _) => Task.CompletedTask)).ToList();

        Assert.Equal([true, true, true, false, false], queued);
        Assert.False(queue.WhenIdleAsync().IsCompleted);
    }

    [Fact]
    public async Task RunOrQueueAsync_QueueFull_TheTurnDoesTheWorkItselfAndNothingIsLost()
    {
        var queue = Queue(capacity: 1);
        queue.TryQueue("first", (_, _) => Task.CompletedTask);
        var ran = false;

        await queue.RunOrQueueAsync("second", (_, _) =>
        {
            ran = true;
            return Task.CompletedTask;
        }, CancellationToken.None);

        Assert.True(ran);
        Assert.Contains(logs.Records, r => r.Contains("[1362]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StartAsync_DefaultOptionsAndItemsThatWaitOnStorage_SixteenRunSideBySide()
    {
        var (queue, job) = Start(new AfterReplyOptions().Workers);
        var waiting = 0;
        var allWaiting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var storage = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        for (var i = 0; i < 16; i++)
        {
            queue.TryQueue("waits", async (_, _) =>
            {
                if (Interlocked.Increment(ref waiting) == 16)
                {
                    allWaiting.TrySetResult();
                }

                await storage.Task;
            });
        }

        await allWaiting.Task.WaitAsync(TimeSpan.FromSeconds(30)); // no item answered yet: all sixteen are under way at once
        storage.SetResult();
        await queue.WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(30));
        await job.StopAsync(CancellationToken.None);

        Assert.Equal(16, waiting);
    }

    [Fact]
    public async Task StopAsync_WorkStillQueued_RunsAllOfItBeforeTheHostStops()
    {
        var (queue, job) = Start(workers: 1);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var done = 0;
        queue.TryQueue("slow", async (_, _) =>
        {
            await gate.Task;
            Interlocked.Increment(ref done);
        });
        for (var i = 0; i < 20; i++)
        {
            queue.TryQueue("queued", (_, _) =>
            {
                Interlocked.Increment(ref done);
                return Task.CompletedTask;
            });
        }

        var stopping = job.StopAsync(CancellationToken.None);
        Assert.False(queue.TryQueue("late", (_, _) => Task.CompletedTask)); // closed: the turn does it itself
        Assert.False(stopping.IsCompleted);
        gate.SetResult();
        await stopping.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(21, done);
        Assert.True(queue.WhenIdleAsync().IsCompleted);
    }

    [Fact]
    public async Task Run_WorkKeepsFailing_TriedAgainAfterTheDelaysThenLoggedAndTheQueueGoesOn()
    {
        var (queue, job) = Start(workers: 1);
        var attempts = 0;
        queue.TryQueue("partner-card", (_, _) =>
        {
            Interlocked.Increment(ref attempts);
            throw new Azure.RequestFailedException(503, "storage unavailable");
        });
        var after = false;
        queue.TryQueue("next", (_, _) =>
        {
            after = true;
            return Task.CompletedTask;
        });

        await WaitUntilAsync(() => Volatile.Read(ref attempts) == 1);
        var first = time.GetUtcNow();
        await AdvanceUntilAsync(() => Volatile.Read(ref attempts) == 2);
        var second = time.GetUtcNow();
        await AdvanceUntilAsync(() => queue.WhenIdleAsync().IsCompleted);
        await job.StopAsync(CancellationToken.None);

        Assert.Equal(3, attempts);
        Assert.True(after);
        Assert.True(second - first >= TimeSpan.FromSeconds(1), "the second try came before its delay");
        Assert.True(time.GetUtcNow() - second >= TimeSpan.FromSeconds(2), "the third try came before its doubled delay");
        Assert.Equal(2, logs.Records.Count(r => r.Contains("[1360]", StringComparison.Ordinal)));
        Assert.Single(logs.Records, r => r.Contains("[1361]", StringComparison.Ordinal) && r.Contains("partner-card", StringComparison.Ordinal) && r.Contains("RequestFailedException", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_WorkFailsOnce_SecondTryStoresIt()
    {
        var (queue, job) = Start(workers: 1);
        var attempts = 0;
        queue.TryQueue("timezone", (_, _) => Interlocked.Increment(ref attempts) == 1 ? throw new TimeoutException() : Task.CompletedTask);

        await AdvanceUntilAsync(() => queue.WhenIdleAsync().IsCompleted);
        await job.StopAsync(CancellationToken.None);

        Assert.Equal(2, attempts);
        Assert.DoesNotContain(logs.Records, r => r.Contains("[1361]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StopAsync_ShutdownTimeoutRunsOut_AbandonsWhatIsLeftAndSaysHowMuch()
    {
        var (queue, job) = Start(workers: 1);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        queue.TryQueue("stuck", (_, ct) =>
        {
            started.TrySetResult();
            return Task.Delay(Timeout.InfiniteTimeSpan, time, ct);
        });
        queue.TryQueue("waiting", (_, _) => Task.CompletedTask);
        queue.TryQueue("waiting", (_, _) => Task.CompletedTask);
        using var timeout = new CancellationTokenSource();
        await started.Task.WaitAsync(TimeSpan.FromSeconds(30)); // the worker holds the stuck item, so two are left behind it

        var stopping = job.StopAsync(timeout.Token);
        await timeout.CancelAsync();
        await stopping.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Contains(logs.Records, r => r.Contains("[1363]", StringComparison.Ordinal) && r.Contains("Left=2", StringComparison.Ordinal));
        Assert.True(queue.WhenIdleAsync().IsCompleted);
    }

    private AfterReplyQueue Queue(int capacity, int workers = 1) =>
        new(Options.Create(new AfterReplyOptions { Capacity = capacity, Workers = workers }), services.GetRequiredService<IServiceScopeFactory>(), loggers.CreateLogger<AfterReplyQueue>());

    private (AfterReplyQueue Queue, AfterReplyJob Job) Start(int workers)
    {
        var options = Options.Create(new AfterReplyOptions { Capacity = 100, Workers = workers });
        var queue = new AfterReplyQueue(options, services.GetRequiredService<IServiceScopeFactory>(), loggers.CreateLogger<AfterReplyQueue>());
        var job = new AfterReplyJob(queue, services.GetRequiredService<IServiceScopeFactory>(), options, time, loggers.CreateLogger<AfterReplyJob>());
        job.StartAsync(CancellationToken.None).GetAwaiter().GetResult();
        return (queue, job);
    }

    // A retry's delay starts on the fake clock a moment after the failure: move the clock in small steps until the job acted.
    private async Task AdvanceUntilAsync(Func<bool> condition)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "the job did not get there");
            time.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Yield();
        }
    }

    // The job runs on the thread pool: bounded in real time, so a job that stopped shows as a failing test.
    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "the job did not get there");
            await Task.Yield();
        }
    }
}
