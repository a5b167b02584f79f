using BreedBot.Domain.Scheduling;
using BreedBot.Domain.TeamWeeks;

namespace BreedBot.Domain.DuoWeeks;

/// <summary>
/// "Sla volgende keer over": which moment is the next one, seen from a person at an instant. It is this week's when
/// that is still ahead (in the person's zone, after any move), not held and a week with a moment (when it is already
/// skipped, pressing again says so instead of skipping the one after too);
/// otherwise the next week the duo's <see cref="DuoCalendar"/> has a moment in (every two weeks, quiet weeks).
/// Skipping it ahead of time is the same skip as on the day: one partner's counts for the duo, and a skipped week
/// gets no reminder and no nudge.
/// </summary>
public static class DuoNextMoment
{
    /// <summary>How far ahead the next moment is looked for: longer than any quiet stretch an owner can mark.</summary>
    public const int MostWeeksAhead = 60;

    public static IsoWeek WeekOf(DuoSchedule schedule, string member, DateTimeOffset now, DuoWeek? thisWeek)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var zone = schedule.ZoneOf(member);
        var week = IsoWeek.Of(LocalMoments.DateIn(now, zone));
        var state = thisWeek is { } known && known.Week == week ? known : new DuoWeek(week, schedule.Key);
        var (date, time) = state.MomentOf(schedule.Duo.Moment);
        // A moment already skipped ahead stays the next one while it is ahead: a press Teams delivers twice, or a second
        // press, says "already skipped" rather than silently skipping the moment after it too.
        if (state.CheckIn is null && LocalMoments.ToInstant(date, time, zone) > now && schedule.Calendar.HasMoment(week, date))
        {
            return week;
        }

        // The next week the calendar has a moment in; a quiet stretch is bounded, so is the search (then plain next week).
        for (var next = week.Next; next.Index - week.Index <= MostWeeksAhead; next = next.Next)
        {
            if (schedule.Calendar.HasMoment(next, next.DateOf(schedule.Duo.Moment.Day)))
            {
                return next;
            }
        }

        return week.Next;
    }
}
