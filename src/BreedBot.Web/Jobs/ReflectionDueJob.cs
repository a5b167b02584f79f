using BreedBot.Web.Reflections;

namespace BreedBot.Web.Jobs;

/// <summary>Every few minutes: send the reflection follow-ups and unsafety reminders that are due.</summary>
internal sealed class ReflectionDueJob(IServiceScopeFactory scopes, TimeProvider time, ILogger<ReflectionDueJob> logger) : BackgroundService
{
    public static readonly TimeSpan Period = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await RunOnceAsync(stoppingToken);
        }
    }

    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<ReflectionDueDispatcher>().RunOnceAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.JobFailed(logger, "reflection-due", e.GetType().Name);
            return 0;
        }
    }
}
