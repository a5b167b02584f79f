namespace BreedBot.Domain.Scheduling;

/// <summary>
/// The instants a scheduler pass asks about: (<see cref="From"/>, <see cref="To"/>]. A pass looks
/// back far enough to catch up on everything that may still be sent late after a restart; the
/// claims make looking at the same occurrence twice harmless.
/// </summary>
public sealed record DueWindow(DateTimeOffset From, DateTimeOffset To)
{
    /// <summary>Reminders are useful for the rest of their local day, nudges for a day: 26 hours covers both in every zone.</summary>
    public static readonly TimeSpan DefaultLookback = TimeSpan.FromHours(26);

    public static DueWindow EndingAt(DateTimeOffset now, TimeSpan lookback) => new(now - lookback, now);

    public bool Contains(DateTimeOffset instant) => instant > From && instant <= To;
}
