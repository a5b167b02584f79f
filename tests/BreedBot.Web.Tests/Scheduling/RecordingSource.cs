using System.Collections.Concurrent;
using BreedBot.Domain.Scheduling;
using BreedBot.Web.Scheduling;

namespace BreedBot.Web.Tests.Scheduling;

/// <summary>
/// A stand-in occurrence source: a fixed list of occurrences, and a shared log of what was acted on
/// and recorded as missed (shared between job instances, like the send queue would be).
/// </summary>
internal sealed class RecordingSource(IReadOnlyList<Occurrence> occurrences, RecordingSource.Journal journal) : IOccurrenceSource
{
    public IReadOnlyCollection<string> Kinds { get; } = ["test"];

    public Task<IReadOnlyList<Occurrence>> DueAsync(DueWindow window, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Occurrence>>([.. occurrences.Where(o => window.Contains(o.DueAt))]);

    public async Task<ClaimOutcome> ActAsync(Occurrence occurrence, OccurrenceTiming timing, CancellationToken ct)
    {
        if (journal.BeforeAct is { } before)
        {
            await before(occurrence);
        }

        ct.ThrowIfCancellationRequested();
        journal.Acted.Add((occurrence.Id, timing));
        return ClaimOutcome.Acted;
    }

    public Task RecordMissedAsync(Occurrence occurrence, CancellationToken ct)
    {
        journal.Missed.Add(occurrence.Id);
        return Task.CompletedTask;
    }

    internal sealed class Journal
    {
        public ConcurrentBag<(string Id, OccurrenceTiming Timing)> Acted { get; } = [];
        public ConcurrentBag<string> Missed { get; } = [];
        public Func<Occurrence, Task>? BeforeAct { get; set; }
    }
}
