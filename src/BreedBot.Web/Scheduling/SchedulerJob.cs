using BreedBot.Domain.Scheduling;
using BreedBot.Storage.Scheduling;
using Microsoft.Extensions.Options;

namespace BreedBot.Web.Scheduling;

/// <summary>
/// Every minute, asks each registered <see cref="IOccurrenceSource"/> what is due in the last 26
/// hours, and for each occurrence not settled yet: claims it by inserting its row (another
/// instance or an earlier pass holding it → skip), lets its source act, and settles the claim.
/// Came up too late to be useful → claimed as missed and recorded, nothing sent. A crash between
/// claim and settle leaves a claim whose lease runs out; the next pass takes it over, so nothing
/// is lost, and the claims (plus the outbox's delivery records) keep anything from happening twice.
/// </summary>
internal sealed class SchedulerJob(IServiceScopeFactory scopes, TimeProvider time, IOptions<SchedulerOptions> options, ILogger<SchedulerJob> logger) : BackgroundService
{
    public static readonly TimeSpan Period = TimeSpan.FromMinutes(1);

    /// <summary>How long a claimed occurrence is ours before another instance may take it over.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(3);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunLoop)
        {
            return;
        }

        using var timer = new PeriodicTimer(Period, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await RunOnceAsync(time.GetUtcNow(), stoppingToken);
        }
    }

    public Task<SchedulerPass> RunOnceAsync(CancellationToken ct) => RunOnceAsync(time.GetUtcNow(), ct);

    /// <summary>One pass at <paramref name="now"/>; a failing source or occurrence never stops the others.</summary>
    public async Task<SchedulerPass> RunOnceAsync(DateTimeOffset now, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var claims = scope.ServiceProvider.GetRequiredService<OccurrenceClaimStore>();
        var window = DueWindow.EndingAt(now, DueWindow.DefaultLookback);
        var tally = new Tally();
        foreach (var source in scope.ServiceProvider.GetServices<IOccurrenceSource>())
        {
            IReadOnlyList<Occurrence> due;
            try
            {
                due = await source.DueAsync(window, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Log.SchedulerSourceFailed(logger, source.GetType().Name, e.GetType().Name);
                tally.Failed++;
                continue;
            }

            tally.Due += due.Count;
            foreach (var group in due.GroupBy(o => (o.Scope, Day: OccurrenceDay(o))))
            {
                IReadOnlyDictionary<string, OccurrenceClaim> known;
                try
                {
                    known = await claims.ListAsync(group.Key.Scope, group.Key.Day, ct);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    Log.SchedulerSourceFailed(logger, source.GetType().Name, e.GetType().Name);
                    tally.Failed++;
                    continue;
                }

                foreach (var occurrence in group)
                {
                    if (known.TryGetValue(occurrence.Id, out var claim) && claim.IsSettledAt(now))
                    {
                        tally.AlreadyClaimed++;
                        continue;
                    }

                    await HandleAsync(source, claims, occurrence, now, tally, ct);
                }
            }
        }

        var pass = tally.ToPass();
        if (pass.Acted + pass.Missed + pass.Failed > 0)
        {
            Log.SchedulerPassed(logger, pass.Due, pass.Acted, pass.Late, pass.Missed, pass.Failed);
        }

        return pass;
    }

    private async Task HandleAsync(IOccurrenceSource source, OccurrenceClaimStore claims, Occurrence occurrence, DateTimeOffset now, Tally tally, CancellationToken ct)
    {
        var timing = occurrence.TimingAt(now);
        if (timing == OccurrenceTiming.NotYet)
        {
            return;
        }

        try
        {
            if (timing == OccurrenceTiming.Missed)
            {
                if (await claims.TryClaimAsync(occurrence, now, Lease, ct, ClaimStatus.Missed))
                {
                    await source.RecordMissedAsync(occurrence, ct);
                    Log.OccurrenceMissed(logger, occurrence.Kind);
                    tally.Missed++;
                }
                else
                {
                    tally.AlreadyClaimed++;
                }

                return;
            }

            if (!await claims.TryClaimAsync(occurrence, now, Lease, ct))
            {
                tally.AlreadyClaimed++;
                return;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.OccurrenceFailed(logger, occurrence.Kind, e.GetType().Name);
            tally.Failed++;
            return;
        }

        try
        {
            var outcome = await source.ActAsync(occurrence, timing, ct);
            await claims.SettleAsync(occurrence, outcome == ClaimOutcome.Acted ? ClaimStatus.Done : ClaimStatus.Missed, time.GetUtcNow(), ct);
            if (outcome == ClaimOutcome.Acted)
            {
                tally.Acted++;
                tally.Late += timing == OccurrenceTiming.Late ? 1 : 0;
            }
            else
            {
                tally.NothingToDo++;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Give the claim back so the next pass tries again (the source's enqueue is idempotent).
            Log.OccurrenceFailed(logger, occurrence.Kind, e.GetType().Name);
            tally.Failed++;
            await ReleaseQuietlyAsync(claims, occurrence, ct);
        }
    }

    private async Task ReleaseQuietlyAsync(OccurrenceClaimStore claims, Occurrence occurrence, CancellationToken ct)
    {
        try
        {
            await claims.ReleaseAsync(occurrence, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The lease runs out by itself; the next pass after it takes over.
            Log.OccurrenceFailed(logger, occurrence.Kind, e.GetType().Name);
        }
    }

    private static DateOnly OccurrenceDay(Occurrence occurrence) => DateOnly.FromDateTime(occurrence.DueAt.UtcDateTime);

    private sealed class Tally
    {
        public int Due { get; set; }
        public int Acted { get; set; }
        public int Late { get; set; }
        public int Missed { get; set; }
        public int NothingToDo { get; set; }
        public int AlreadyClaimed { get; set; }
        public int Failed { get; set; }

        public SchedulerPass ToPass() => new(Due, Acted, Late, Missed, NothingToDo, AlreadyClaimed, Failed);
    }
}
