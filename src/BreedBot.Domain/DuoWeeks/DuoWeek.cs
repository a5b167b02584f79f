using BreedBot.Domain.Pairing;
using BreedBot.Domain.Scheduling;
using BreedBot.Domain.TeamWeeks;

namespace BreedBot.Domain.DuoWeeks;

/// <summary>
/// One duo's week: whether its moment moved, and whether it was held (check-in) or skipped. One
/// partner's check-in counts for the whole duo; a second one changes nothing, so nothing is counted twice.
/// </summary>
public sealed record DuoWeek(IsoWeek Week, string DuoKey)
{
    public DuoMove? Move { get; init; }

    public DuoCheckIn? CheckIn { get; init; }

    public SkipReason? Skip { get; init; }

    /// <summary>Neither held nor skipped: the moment is still open.</summary>
    public bool IsOpen => CheckIn is null && Skip is null;

    /// <summary>The local date and time the moment is at this week: moved, or the duo's weekly moment.</summary>
    public (DateOnly Date, TimeOnly Time) MomentOf(WeeklyMoment weekly) =>
        Move is { } move ? (move.Date, move.Time) : (Week.DateOf(weekly.Day), weekly.Time);

    /// <summary>Records the check-in unless one is already there (the first one counts). A skip is overruled: they met after all.</summary>
    public (DuoWeek Week, DuoWeekChange Change) WithCheckIn(DuoCheckIn checkIn)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        return CheckIn is not null
            ? (this, DuoWeekChange.AlreadyCheckedIn)
            : (this with { CheckIn = checkIn, Skip = null }, DuoWeekChange.Done);
    }

    public (DuoWeek Week, DuoWeekChange Change) WithSkip(SkipReason reason) =>
        CheckIn is not null ? (this, DuoWeekChange.AlreadyCheckedIn)
        : Skip is not null ? (this, DuoWeekChange.AlreadySkipped)
        : (this with { Skip = reason }, DuoWeekChange.Done);

    /// <summary>
    /// Moves this week's moment. It must stay in this week and lie after <paramref name="now"/> in
    /// <paramref name="zone"/> (the mover's); a held week is not moved. A skip is undone: they meet after all.
    /// </summary>
    public (DuoWeek Week, DuoWeekChange Change) WithMove(DateOnly date, TimeOnly time, DateTimeOffset now, TimeZoneInfo zone)
    {
        if (CheckIn is not null)
        {
            return (this, DuoWeekChange.AlreadyCheckedIn);
        }

        if (!Week.Contains(date))
        {
            return (this, DuoWeekChange.NotThisWeek);
        }

        if (LocalMoments.ToInstant(date, time, zone) <= now)
        {
            return (this, DuoWeekChange.InThePast);
        }

        return (this with { Move = new DuoMove(date, time, (Move?.Revision ?? 0) + 1), Skip = null }, DuoWeekChange.Done);
    }
}
