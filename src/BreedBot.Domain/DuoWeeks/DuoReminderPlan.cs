using System.Globalization;
using BreedBot.Domain.Scheduling;
using BreedBot.Domain.TeamWeeks;

namespace BreedBot.Domain.DuoWeeks;

/// <summary>
/// What is due for one duo in a window: at the week's moment a reminder for each partner who takes
/// part (in their own zone; useful until the end of that local day); the next working day, when
/// the week was neither held nor skipped, one gentle nudge each (useful for a day). When only one
/// partner takes part that week (the others paused), that partner is told once per pause instead. A week without a
/// moment in the duo's <see cref="DuoCalendar"/> (the off week of every two weeks, a quiet week) produces nothing, and
/// a nudge that would fall in a quiet week is not sent.
/// </summary>
public static class DuoReminderPlan
{
    public static readonly TimeSpan NudgeUsefulFor = TimeSpan.FromDays(1);

    public static IReadOnlyList<Occurrence> Due(DuoSchedule schedule, Func<IsoWeek, DuoWeek?> weekState, DueWindow window)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(weekState);
        ArgumentNullException.ThrowIfNull(window);
        var due = new List<Occurrence>();
        foreach (var week in WeeksAround(window))
        {
            var state = weekState(week) ?? new DuoWeek(week, schedule.Key);
            due.AddRange(ForWeek(schedule, state).Where(o => window.Contains(o.DueAt) && o.DueAt >= schedule.PairedAt));
        }

        return due;
    }

    /// <summary>Everything a duo's week can produce, due or not.</summary>
    public static IEnumerable<Occurrence> ForWeek(DuoSchedule schedule, DuoWeek state)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(state);
        if (!state.IsOpen)
        {
            yield break;
        }

        var (date, time) = state.MomentOf(schedule.Duo.Moment);
        var calendar = schedule.Calendar;
        if (!calendar.HasMoment(state.Week, date))
        {
            // An off week of a two-weekly duo, or a quiet week: no moment, so nothing planned and nothing missed.
            yield break;
        }

        var members = schedule.OrderedMembers;
        var present = members.Where(m => schedule.TakesPartOn(m, date)).ToList();
        var week = state.Week.ToString();
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            if (!present.Contains(member))
            {
                continue;
            }

            var zone = schedule.ZoneOf(member);
            var at = LocalMoments.ToInstant(date, time, zone);
            var endOfDay = LocalMoments.EndOfDay(date, zone);
            if (present.Count == 1)
            {
                // Told once per pause: only in the week the pause begins to cost a moment, so the
                // occurrence (and its claim) is the same however often it is asked for.
                foreach (var paused in members.Where(m => m != member && schedule.Partners.TryGetValue(m, out var p) && p.Joined && p.Pause is not null
                    && FirstMissedWeek(p.Pause, schedule.Duo.Moment.Day, calendar) == state.Week))
                {
                    var until = schedule.Partners[paused].Pause!.Until.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
                    yield return new Occurrence(DuoWeekKinds.PartnerPaused, schedule.Scope,
                        Id("paused", schedule.Key, until, Index(members, paused), i), at, endOfDay);
                }

                continue;
            }

            yield return new Occurrence(DuoWeekKinds.DuoReminder, schedule.Scope, ReminderId(state.Week, schedule.Key, i, state.Move?.Revision ?? 0), at, endOfDay);

            var nudgeDay = WorkingDays.Next(date);
            if (calendar.QuietOn(nudgeDay) is not null)
            {
                continue;
            }

            var nudgeAt = LocalMoments.ToInstant(nudgeDay, time, zone);
            yield return new Occurrence(DuoWeekKinds.DuoNudge, schedule.Scope, Id("nudge", week, schedule.Key, i), nudgeAt, nudgeAt + NudgeUsefulFor);
        }
    }

    /// <summary>
    /// The id of the reminder for member <paramref name="index"/> (of the duo's ordered members) in a week, after
    /// <paramref name="revision"/> moves: also the id its delivery is recorded under, so its card can be found again.
    /// </summary>
    public static string ReminderId(IsoWeek week, string duoKey, int index, int revision) =>
        revision == 0 ? Id("reminder", week, duoKey, index) : Id("reminder", week, duoKey, index, "m" + revision.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// The weeks whose moments or nudges can fall in the window: a nudge comes up to a few days after
    /// its moment (Friday → Monday, or past a holiday), so the two weeks before the window count too.
    /// </summary>
    public static IEnumerable<IsoWeek> WeeksAround(DueWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        var first = IsoWeek.Of(DateOnly.FromDateTime(window.From.UtcDateTime.AddDays(-1))).Previous;
        var last = IsoWeek.Of(DateOnly.FromDateTime(window.To.UtcDateTime.AddDays(1)));
        for (var week = first; week.Monday <= last.Monday; week = week.Next)
        {
            yield return week;
        }
    }

    /// <summary>The first week with a moment that the pause costs (an off week or a quiet week costs nothing).</summary>
    private static IsoWeek? FirstMissedWeek(Members.PauseWindow pause, DayOfWeek day, DuoCalendar calendar)
    {
        var first = IsoWeek.Of(pause.From);
        for (var week = first.DateOf(day) >= pause.From ? first : first.Next; week.DateOf(day) <= pause.Until; week = week.Next)
        {
            if (calendar.HasMoment(week, week.DateOf(day)))
            {
                return week;
            }
        }

        return null;
    }

    private static int Index(IReadOnlyList<string> members, string member) => members.ToList().IndexOf(member);

    private static string Id(string kind, params object[] parts) =>
        kind + "/" + string.Join('/', parts.Select(p => Convert.ToString(p, CultureInfo.InvariantCulture)));
}
