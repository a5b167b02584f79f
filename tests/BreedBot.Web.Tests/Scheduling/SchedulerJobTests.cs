using Azure.Data.Tables;
using BreedBot.Domain.Scheduling;
using BreedBot.Storage;
using BreedBot.Storage.Scheduling;
using BreedBot.Testing;
using BreedBot.Web.Scheduling;
using BreedBot.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace BreedBot.Web.Tests.Scheduling;

/// <summary>The scheduler loop against real claims in Azurite: once per occurrence across instances and restarts.</summary>
[Collection(SharedAzurite.Name)]
public sealed class SchedulerJobTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Nine = new(2027, 2, 15, 8, 0, 0, TimeSpan.Zero);
    private readonly string prefix = "s" + System.Security.Cryptography.RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz", 10);

    private static List<Occurrence> Reminders(int count, DateTimeOffset due) =>
        [.. Enumerable.Range(0, count).Select(i => new Occurrence("test", new OccurrenceScope("tenant", "team-" + (i % 3)), "reminder/2027-W07/d" + i, due, due.AddHours(15)))];

    private async Task<SchedulerJob> InstanceAsync(IReadOnlyList<Occurrence> occurrences, RecordingSource.Journal journal)
    {
        var services = new ServiceCollection();
        services.AddSingleton(new TableServiceClient(azurite.ConnectionString));
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(new StorageOptions { ConnectionString = azurite.ConnectionString, TablePrefix = prefix }));
        services.AddSingleton<StorageTables>();
        services.AddSingleton<OccurrenceClaimStore>();
        services.AddScoped<IOccurrenceSource>(_ => new RecordingSource(occurrences, journal));
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<StorageTables>().OccurrenceClaims.CreateIfNotExistsAsync();
        return new SchedulerJob(provider.GetRequiredService<IServiceScopeFactory>(), new FakeTimeProvider(Nine), Microsoft.Extensions.Options.Options.Create(new SchedulerOptions()), NullLogger<SchedulerJob>.Instance);
    }

    [Fact]
    public async Task RunOnceAsync_TwoInstancesAtOnce_EachOccurrenceActedOnOnce()
    {
        var due = Reminders(40, Nine);
        var journal = new RecordingSource.Journal();
        var first = await InstanceAsync(due, journal);
        var second = await InstanceAsync(due, journal);

        var passes = await Task.WhenAll(first.RunOnceAsync(Nine, CancellationToken.None), second.RunOnceAsync(Nine, CancellationToken.None));

        Assert.Equal(40, journal.Acted.Count);
        Assert.Equal(40, journal.Acted.Select(a => a.Id).Distinct().Count());
        Assert.Equal(40, passes.Sum(p => p.Acted));
        Assert.Equal(40, passes.Sum(p => p.AlreadyClaimed));
    }

    [Fact]
    public async Task RunOnceAsync_AgainAMinuteLater_ActsOnNothingTwice()
    {
        var due = Reminders(5, Nine);
        var journal = new RecordingSource.Journal();
        var job = await InstanceAsync(due, journal);

        await job.RunOnceAsync(Nine, CancellationToken.None);
        var again = await job.RunOnceAsync(Nine.AddMinutes(1), CancellationToken.None);

        Assert.Equal(5, journal.Acted.Count);
        Assert.Equal(0, again.Acted);
        Assert.Equal(5, again.AlreadyClaimed);
    }

    [Fact]
    public async Task RunOnceAsync_InstanceStopsMidFanOut_TheNextTakesOverAfterTheLeaseAndNothingIsLost()
    {
        var due = Reminders(10, Nine);
        var journal = new RecordingSource.Journal();
        using var stopping = new CancellationTokenSource();
        var acted = 0;
        journal.BeforeAct = _ =>
        {
            if (Interlocked.Increment(ref acted) == 4)
            {
                stopping.Cancel(); // the host shuts down while the fourth occurrence is being handled
            }

            return Task.CompletedTask;
        };
        var dying = await InstanceAsync(due, journal);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => dying.RunOnceAsync(Nine, stopping.Token));
        Assert.Equal(3, journal.Acted.Count);

        journal.BeforeAct = null;
        var restarted = await InstanceAsync(due, journal);
        var tooSoon = await restarted.RunOnceAsync(Nine.AddMinutes(1), CancellationToken.None);
        var afterLease = await restarted.RunOnceAsync(Nine + SchedulerJob.Lease + TimeSpan.FromMinutes(1), CancellationToken.None);

        Assert.Equal(6, tooSoon.Acted); // the six never claimed; the fourth is still leased to the stopped instance
        Assert.Equal(1, afterLease.Acted);
        Assert.Equal(10, journal.Acted.Select(a => a.Id).Distinct().Count());
        Assert.Equal(10, journal.Acted.Count);
    }

    [Fact]
    public async Task RunOnceAsync_DownPastTheirLatestInstant_RecordsMissedOnceAndSendsNothing()
    {
        var due = Reminders(3, Nine);
        var journal = new RecordingSource.Journal();
        var job = await InstanceAsync(due, journal);
        var nextMorning = Nine.AddHours(20);

        var pass = await job.RunOnceAsync(nextMorning, CancellationToken.None);
        await job.RunOnceAsync(nextMorning.AddMinutes(1), CancellationToken.None);

        Assert.Empty(journal.Acted);
        Assert.Equal(3, pass.Missed);
        Assert.Equal(3, journal.Missed.Count);
    }

    [Fact]
    public async Task RunOnceAsync_DownForAFewHours_SendsLateTheSameDay()
    {
        var due = Reminders(2, Nine);
        var journal = new RecordingSource.Journal();
        var job = await InstanceAsync(due, journal);

        var pass = await job.RunOnceAsync(Nine.AddHours(6), CancellationToken.None);

        Assert.Equal(2, pass.Late);
        Assert.All(journal.Acted, a => Assert.Equal(OccurrenceTiming.Late, a.Timing));
    }

    [Fact]
    public async Task RunOnceAsync_SourceFailsOnOne_ItIsGivenBackAndTheNextPassSendsIt()
    {
        var due = Reminders(3, Nine);
        var journal = new RecordingSource.Journal();
        var failOnce = 1;
        journal.BeforeAct = o => o.Id.EndsWith("d1", StringComparison.Ordinal) && Interlocked.Exchange(ref failOnce, 0) == 1
            ? throw new InvalidOperationException("queue unavailable")
            : Task.CompletedTask;
        var job = await InstanceAsync(due, journal);

        var first = await job.RunOnceAsync(Nine, CancellationToken.None);
        var second = await job.RunOnceAsync(Nine.AddMinutes(1), CancellationToken.None);

        Assert.Equal((2, 1), (first.Acted, first.Failed));
        Assert.Equal(1, second.Acted);
        Assert.Equal(3, journal.Acted.Select(a => a.Id).Distinct().Count());
    }
}
