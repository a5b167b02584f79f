namespace BreedBot.Domain.Scheduling;

/// <summary>
/// One thing that should happen once: a duo's reminder for a week, a nudge, a follow-up, a team's
/// summary. <see cref="Id"/> names it uniquely within its <see cref="Scope"/> (e.g.
/// <c>reminder/2027-W07/r000003-1a2b3c4d5e6f/0</c>) and never contains a person's id or any text,
/// because it is the key of its claim row. It is due at <see cref="DueAt"/> and still worth doing
/// up to <see cref="LatestAt"/>; after that it is dropped and recorded as missed.
/// </summary>
public sealed record Occurrence(string Kind, OccurrenceScope Scope, string Id, DateTimeOffset DueAt, DateTimeOffset LatestAt)
{
    /// <summary>Whether running at <paramref name="now"/> should act on it, act late, or drop it.</summary>
    public OccurrenceTiming TimingAt(DateTimeOffset now) =>
        now < DueAt ? OccurrenceTiming.NotYet
        : now <= DueAt + OnTimeSlack ? OccurrenceTiming.OnTime
        : now <= LatestAt ? OccurrenceTiming.Late
        : OccurrenceTiming.Missed;

    /// <summary>A pass of the scheduler may come up to this long after the due instant and still be on time.</summary>
    public static readonly TimeSpan OnTimeSlack = TimeSpan.FromMinutes(5);
}
