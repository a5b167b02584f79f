using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.Members;
using BreedBot.Domain.Pairing;
using BreedBot.Domain.Scheduling;
using BreedBot.Domain.Teams;
using BreedBot.Domain.TeamWeeks;

namespace BreedBot.Domain.Tests.DuoWeeks;

/// <summary>The reminder plan and "sla volgende keer over" under every two weeks and quiet weeks.</summary>
public sealed class DuoRhythmPlanTests
{
    private static readonly OccurrenceScope Scope = new("tenant", "team");

    private static DuoSchedule Schedule(WeeklyMoment moment, IsoWeek anchor, DuoRhythm rhythm = DuoRhythm.EveryTwoWeeks, IReadOnlyList<QuietPeriod>? quiet = null, PauseWindow? pauseOfB = null) =>
        new(Scope, "Europe/Amsterdam", 3, new Duo(["a", "b"], moment, true), new DateTimeOffset(anchor.Monday, TimeOnly.MinValue, TimeSpan.Zero),
            new Dictionary<string, DuoPartner> { ["a"] = new("a", true, null, null), ["b"] = new("b", true, pauseOfB, null) })
        {
            Calendar = new DuoCalendar(rhythm, anchor, quiet ?? []),
        };

    /// <summary>The weeks with a reminder for member a, asking day by day (the scheduler asks more often; each day's window is enough here).</summary>
    private static List<(IsoWeek Week, DateTimeOffset At)> Reminders(DuoSchedule schedule, DateTimeOffset from, DateTimeOffset to) =>
        [.. Sweep(schedule, from, to).Where(o => o.Kind == DuoWeekKinds.DuoReminder && o.Id.EndsWith("/0", StringComparison.Ordinal))
            .Select(o => (IsoWeek.Of(o.DueAt, TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam")), o.DueAt))];

    private static List<Occurrence> Sweep(DuoSchedule schedule, DateTimeOffset from, DateTimeOffset to)
    {
        var seen = new List<Occurrence>();
        for (var t = from; t < to; t = t.AddHours(1))
        {
            seen.AddRange(DuoReminderPlan.Due(schedule, _ => null, new DueWindow(t, t.AddHours(1))));
        }

        return seen;
    }

    private static DateTimeOffset Utc(int year, int month, int day, int hour = 0, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void Due_EveryTwoWeeks_RemindsInThePairingWeekAndEveryOtherWeekAfter()
    {
        var schedule = Schedule(new WeeklyMoment(DayOfWeek.Tuesday, new TimeOnly(9, 30)), new IsoWeek(2027, 5));

        var weeks = Reminders(schedule, Utc(2027, 2, 1), Utc(2027, 3, 20)).Select(r => r.Week.ToString());

        Assert.Equal(["2027-W05", "2027-W07", "2027-W09", "2027-W11"], weeks);
    }

    [Fact]
    public void Due_EveryTwoWeeksOverTheYearsEnd_Week53AndThenWeek2()
    {
        var schedule = Schedule(new WeeklyMoment(DayOfWeek.Tuesday, new TimeOnly(9, 30)), new IsoWeek(2026, 49));

        var weeks = Reminders(schedule, Utc(2026, 12, 14), Utc(2027, 1, 30)).Select(r => r.Week.ToString());

        Assert.Equal(["2026-W51", "2026-W53", "2027-W02", "2027-W04"], weeks);
    }

    [Fact]
    public void Due_EveryTwoWeeksOverSpringForward_SameLocalTimeAndNoShiftInTheBeat()
    {
        // Summer time starts on Sunday 28 March 2027: a Monday 09:00 moment is 08:00 UTC before, 07:00 UTC after.
        var schedule = Schedule(new WeeklyMoment(DayOfWeek.Monday, new TimeOnly(9, 0)), new IsoWeek(2027, 10));

        var reminders = Reminders(schedule, Utc(2027, 3, 8), Utc(2027, 4, 20));

        Assert.Equal(["2027-W10", "2027-W12", "2027-W14", "2027-W16"], reminders.Select(r => r.Week.ToString()));
        Assert.Equal([Utc(2027, 3, 8, 8), Utc(2027, 3, 22, 8), Utc(2027, 4, 5, 7), Utc(2027, 4, 19, 7)], reminders.Select(r => r.At));
    }

    [Fact]
    public void Due_EveryTwoWeeksOverFallBack_OnceAtTheSameLocalTime()
    {
        // Winter time starts on Sunday 31 October 2027; a Sunday 02:30 moment happens twice that night and is reminded once.
        var schedule = Schedule(new WeeklyMoment(DayOfWeek.Sunday, new TimeOnly(2, 30)), new IsoWeek(2027, 41));

        var reminders = Reminders(schedule, Utc(2027, 10, 11), Utc(2027, 11, 20));

        Assert.Equal(["2027-W41", "2027-W43", "2027-W45"], reminders.Select(r => r.Week.ToString()));
        Assert.Equal(Utc(2027, 10, 31, 0, 30), reminders[1].At);
    }

    [Fact]
    public void Due_AfterAPause_TheBeatDoesNotShift()
    {
        // b pauses three weeks (W07–W09, two of them moments); afterwards the duo is back on W11, W13: not W10, W12.
        var pause = new PauseWindow(new DateOnly(2027, 2, 15), new DateOnly(2027, 3, 7));
        var schedule = Schedule(new WeeklyMoment(DayOfWeek.Tuesday, new TimeOnly(9, 30)), new IsoWeek(2027, 5), pauseOfB: pause);

        var seen = Sweep(schedule, Utc(2027, 2, 1), Utc(2027, 4, 1));
        var reminded = seen.Where(o => o.Kind == DuoWeekKinds.DuoReminder && o.Id.EndsWith("/0", StringComparison.Ordinal)).Select(o => o.Id.Split('/')[1]);
        var told = seen.Where(o => o.Kind == DuoWeekKinds.PartnerPaused).ToList();

        Assert.Equal(["2027-W05", "2027-W11", "2027-W13"], reminded);
        Assert.Single(told);
        Assert.Equal(new DateOnly(2027, 2, 16), DateOnly.FromDateTime(told[0].DueAt.UtcDateTime));
    }

    [Fact]
    public void Due_PauseBeginningInAnOffWeek_ThePartnerIsToldInTheFirstWeekWithAMoment()
    {
        // W06 is an off week; the pause costs the W07 moment first.
        var pause = new PauseWindow(new DateOnly(2027, 2, 8), new DateOnly(2027, 2, 21));
        var schedule = Schedule(new WeeklyMoment(DayOfWeek.Tuesday, new TimeOnly(9, 30)), new IsoWeek(2027, 5), pauseOfB: pause);

        var told = Sweep(schedule, Utc(2027, 2, 1), Utc(2027, 3, 1)).Where(o => o.Kind == DuoWeekKinds.PartnerPaused).ToList();

        Assert.Single(told);
        Assert.Equal(new DateOnly(2027, 2, 16), DateOnly.FromDateTime(told[0].DueAt.UtcDateTime));
    }

    [Fact]
    public void ForWeek_OffWeek_NeitherReminderNorNudge()
    {
        var schedule = Schedule(new WeeklyMoment(DayOfWeek.Tuesday, new TimeOnly(9, 30)), new IsoWeek(2027, 5));

        Assert.Empty(DuoReminderPlan.ForWeek(schedule, new DuoWeek(new IsoWeek(2027, 6), schedule.Key)));
        Assert.NotEmpty(DuoReminderPlan.ForWeek(schedule, new DuoWeek(new IsoWeek(2027, 7), schedule.Key)));
    }

    [Fact]
    public void ForWeek_MomentInAQuietWeek_NeitherReminderNorNudge()
    {
        var quiet = new QuietPeriod("kerstvakantie", new DateOnly(2026, 12, 19), new DateOnly(2027, 1, 3));
        var schedule = Schedule(new WeeklyMoment(DayOfWeek.Tuesday, new TimeOnly(9, 30)), new IsoWeek(2026, 40), DuoRhythm.EveryWeek, [quiet]);

        Assert.Empty(DuoReminderPlan.ForWeek(schedule, new DuoWeek(new IsoWeek(2026, 52), schedule.Key)));
        Assert.Empty(DuoReminderPlan.ForWeek(schedule, new DuoWeek(new IsoWeek(2026, 53), schedule.Key)));
        Assert.Equal(4, DuoReminderPlan.ForWeek(schedule, new DuoWeek(new IsoWeek(2027, 1), schedule.Key)).Count());
    }

    [Fact]
    public void ForWeek_NudgeDayInAQuietWeek_ReminderYetNoNudge()
    {
        // Friday's moment is before the holiday; its nudge would come on Monday, inside it.
        var quiet = new QuietPeriod("kerstvakantie", new DateOnly(2026, 12, 19), new DateOnly(2027, 1, 3));
        var schedule = Schedule(new WeeklyMoment(DayOfWeek.Friday, new TimeOnly(14, 0)), new IsoWeek(2026, 40), DuoRhythm.EveryWeek, [quiet]);

        var week = DuoReminderPlan.ForWeek(schedule, new DuoWeek(new IsoWeek(2026, 51), schedule.Key)).ToList();

        Assert.Equal(2, week.Count);
        Assert.All(week, o => Assert.Equal(DuoWeekKinds.DuoReminder, o.Kind));
    }

    [Fact]
    public void ForWeek_MovedOutOfAQuietPeriod_IsReminded()
    {
        var quiet = new QuietPeriod("studiedag", new DateOnly(2027, 2, 16), new DateOnly(2027, 2, 16));
        var schedule = Schedule(new WeeklyMoment(DayOfWeek.Tuesday, new TimeOnly(9, 30)), new IsoWeek(2027, 1), DuoRhythm.EveryWeek, [quiet]);
        var moved = new DuoWeek(new IsoWeek(2027, 7), schedule.Key) { Move = new DuoMove(new DateOnly(2027, 2, 17), new TimeOnly(9, 30), 1) };

        Assert.Empty(DuoReminderPlan.ForWeek(schedule, new DuoWeek(new IsoWeek(2027, 7), schedule.Key)));
        Assert.NotEmpty(DuoReminderPlan.ForWeek(schedule, moved));
    }

    [Fact]
    public void WeekOf_EveryTwoWeeksInAnOffWeek_IsNextWeek()
    {
        var schedule = Schedule(new WeeklyMoment(DayOfWeek.Tuesday, new TimeOnly(9, 30)), new IsoWeek(2027, 5));

        // Monday of W06 (off): the next moment is W07's.
        Assert.Equal(new IsoWeek(2027, 7), DuoNextMoment.WeekOf(schedule, "a", Utc(2027, 2, 8, 9), null));
    }

    [Fact]
    public void WeekOf_EveryTwoWeeksAfterThisWeeksMoment_IsTwoWeeksOn()
    {
        var schedule = Schedule(new WeeklyMoment(DayOfWeek.Tuesday, new TimeOnly(9, 30)), new IsoWeek(2027, 5));

        Assert.Equal(new IsoWeek(2027, 9), DuoNextMoment.WeekOf(schedule, "a", Utc(2027, 2, 16, 12), null));
    }

    [Fact]
    public void WeekOf_OverTheYearsEnd_FromWeek53ToWeek2()
    {
        var schedule = Schedule(new WeeklyMoment(DayOfWeek.Tuesday, new TimeOnly(9, 30)), new IsoWeek(2026, 49));

        // Wednesday 30 December 2026 (W53, after its moment): not 2027-W01, which is an off week, but W02.
        Assert.Equal(new IsoWeek(2027, 2), DuoNextMoment.WeekOf(schedule, "a", Utc(2026, 12, 30, 12), null));
    }

    [Fact]
    public void WeekOf_QuietWeeksAhead_SkipsThem()
    {
        var quiet = new QuietPeriod("kerstvakantie", new DateOnly(2026, 12, 19), new DateOnly(2027, 1, 3));
        var schedule = Schedule(new WeeklyMoment(DayOfWeek.Tuesday, new TimeOnly(9, 30)), new IsoWeek(2026, 40), DuoRhythm.EveryWeek, [quiet]);

        // Friday 18 December: next Tuesday (W52) and the one after (W53) are quiet; the next moment is 5 January.
        Assert.Equal(new IsoWeek(2027, 1), DuoNextMoment.WeekOf(schedule, "a", Utc(2026, 12, 18, 12), null));
    }
}
