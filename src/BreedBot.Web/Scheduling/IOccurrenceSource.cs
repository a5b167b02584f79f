using BreedBot.Domain.Scheduling;

namespace BreedBot.Web.Scheduling;

/// <summary>
/// One capability's things-to-do-on-time (duo reminders, follow-ups, summaries, retention runs).
/// Register with <c>services.AddOccurrenceSource&lt;T&gt;()</c>; the <see cref="SchedulerJob"/>
/// asks every source each minute, claims each occurrence once across instances and restarts, and
/// hands the claimed ones back. A source is resolved per pass (scoped).
/// </summary>
internal interface IOccurrenceSource
{
    /// <summary>The occurrence kinds this source produces; the job hands each occurrence back to the source of its kind.</summary>
    IReadOnlyCollection<string> Kinds { get; }

    /// <summary>
    /// Every occurrence due in the window — also ones already handled (the claims filter them).
    /// The window looks back <see cref="DueWindow.DefaultLookback"/>, so missed ones come up again after a restart.
    /// </summary>
    Task<IReadOnlyList<Occurrence>> DueAsync(DueWindow window, CancellationToken ct);

    /// <summary>
    /// Acts on a claimed occurrence (on time or late), usually by enqueueing one message per
    /// recipient through the outbox. Enqueueing must be idempotent per occurrence and recipient:
    /// after a crash the claim is taken over and this runs again. Returns
    /// <see cref="ClaimOutcome.NothingToDo"/> when the state changed meanwhile (e.g. already checked in).
    /// </summary>
    Task<ClaimOutcome> ActAsync(Occurrence occurrence, OccurrenceTiming timing, CancellationToken ct);

    /// <summary>Called once when an occurrence came up too late to be useful: record it (e.g. as a missed fact), send nothing.</summary>
    Task RecordMissedAsync(Occurrence occurrence, CancellationToken ct);
}
