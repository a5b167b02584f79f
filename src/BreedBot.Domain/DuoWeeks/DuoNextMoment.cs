using BreedBot.Domain.Scheduling;
using BreedBot.Domain.TeamWeeks;

namespace BreedBot.Domain.DuoWeeks;

/// <summary>
/// "Sla volgende keer over": which moment is the next one, seen from a person at an instant. It is this week's when
/// that is still ahead (in the person's zone, after any move) and neither held nor skipped; otherwise next week's.
/// Skipping it ahead of time is the same skip as on the day: one partner's counts for the duo, and a skipped week
/// gets no reminder and no nudge.
/// </summary>
public static class DuoNextMoment
{
    public static IsoWeek WeekOf(DuoSchedule schedule, string member, DateTimeOffset now, DuoWeek? thisWeek)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var zone = schedule.ZoneOf(member);
        var week = IsoWeek.Of(LocalMoments.DateIn(now, zone));
        var state = thisWeek is { } known && known.Week == week ? known : new DuoWeek(week, schedule.Key);
        var (date, time) = state.MomentOf(schedule.Duo.Moment);
        return state.IsOpen && LocalMoments.ToInstant(date, time, zone) > now ? week : week.Next;
    }
}
