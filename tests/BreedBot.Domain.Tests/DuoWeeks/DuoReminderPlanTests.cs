using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.Members;
using BreedBot.Domain.Pairing;
using BreedBot.Domain.Scheduling;
using BreedBot.Domain.TeamWeeks;

namespace BreedBot.Domain.Tests.DuoWeeks;

public class DuoReminderPlanTests
{
    private static readonly OccurrenceScope Scope = new("tenant", "team");
    private static readonly DateTimeOffset PairedAt = new(2027, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static DuoSchedule Schedule(WeeklyMoment moment, params DuoPartner[] partners) =>
        new(Scope, "Europe/Amsterdam", 3, new Duo([.. partners.Select(p => p.MemberKey)], moment, true), PairedAt, partners.ToDictionary(p => p.MemberKey));

    private static DuoPartner Member(string key, string? zone = null, PauseWindow? pause = null) => new(key, true, pause, zone);

    private static DateTimeOffset Utc(int month, int day, int hour, int minute = 0) => new(2027, month, day, hour, minute, 0, TimeSpan.Zero);

    /// <summary>Every occurrence the plan yields when asked minute by minute across the span, each counted once per pass it was new in.</summary>
    private static List<Occurrence> SweepMinuteByMinute(DuoSchedule schedule, DateTimeOffset from, DateTimeOffset to, Func<IsoWeek, DuoWeek?>? weeks = null)
    {
        var seen = new List<Occurrence>();
        for (var t = from; t < to; t = t.AddMinutes(1))
        {
            seen.AddRange(DuoReminderPlan.Due(schedule, weeks ?? (_ => null), new DueWindow(t, t.AddMinutes(1))));
        }

        return seen;
    }

    [Fact]
    public void Due_MondayNineInWinter_RemindsBothPartnersAtEightUtc()
    {
        var schedule = Schedule(new WeeklyMoment(DayOfWeek.Monday, new TimeOnly(9, 0)), Member("a"), Member("b"));

        var due = DuoReminderPlan.Due(schedule, _ => null, new DueWindow(Utc(2, 15, 7, 59), Utc(2, 15, 8, 0)));

        Assert.Equal(2, due.Count);
        Assert.All(due, o => Assert.Equal(DuoWeekKinds.DuoReminder, o.Kind));
        Assert.All(due, o => Assert.Equal(Utc(2, 15, 8), o.DueAt));
        Assert.Equal(["reminder/2027-W07/" + schedule.Key + "/0", "reminder/2027-W07/" + schedule.Key + "/1"], due.Select(o => o.Id));
        Assert.All(due, o => Assert.Equal(Utc(2, 15, 23), o.LatestAt)); // midnight Amsterdam: useful the same local day
    }

    [Fact]
    public void Due_MemberZoneKnown_RemindsThatMemberInTheirOwnZone()
    {
        var schedule = Schedule(new WeeklyMoment(DayOfWeek.Monday, new TimeOnly(9, 0)), Member("a"), Member("b", "Europe/London"));

        var due = SweepMinuteByMinute(schedule, Utc(2, 15, 7), Utc(2, 15, 10)).Where(o => o.Kind == DuoWeekKinds.DuoReminder).ToList();

        Assert.Equal([Utc(2, 15, 8), Utc(2, 15, 9)], due.Select(o => o.DueAt));
        Assert.EndsWith("/1", due[1].Id);
    }

    [Fact]
    public void Due_SpringForwardDayAtHalfPastTwo_FiresOnceAtThree()
    {
        var schedule = Schedule(new WeeklyMoment(DayOfWeek.Sunday, new TimeOnly(2, 30)), Member("a"), Member("b"));

        var due = SweepMinuteByMinute(schedule, Utc(3, 27, 22), Utc(3, 28, 4)).Where(o => o.Kind == DuoWeekKinds.DuoReminder).ToList();

        Assert.Equal(2, due.Count);
        Assert.All(due, o => Assert.Equal(Utc(3, 28, 1), o.DueAt));
    }

    [Fact]
    public void Due_FallBackDayAtHalfPastTwo_FiresOnceNotTwice()
    {
        var schedule = Schedule(new WeeklyMoment(DayOfWeek.Sunday, new TimeOnly(2, 30)), Member("a"), Member("b"));

        var due = SweepMinuteByMinute(schedule, Utc(10, 30, 22), Utc(10, 31, 4)).Where(o => o.Kind == DuoWeekKinds.DuoReminder).ToList();

        Assert.Equal(2, due.Count);
        Assert.All(due, o => Assert.Equal(Utc(10, 31, 0, 30), o.DueAt));
    }

    [Fact]
    public void Due_FridayMomentLeftOpen_NudgesOnMondayAtTheSameTime()
    {
        var schedule = Schedule(new WeeklyMoment(DayOfWeek.Friday, new TimeOnly(14, 0)), Member("a"), Member("b"));

        var nudges = DuoReminderPlan.Due(schedule, _ => null, new DueWindow(Utc(2, 19, 14), Utc(2, 22, 14)))
            .Where(o => o.Kind == DuoWeekKinds.DuoNudge).ToList();

        Assert.Equal(2, nudges.Count);
        Assert.All(nudges, o => Assert.Equal(Utc(2, 22, 13), o.DueAt));
        Assert.All(nudges, o => Assert.Equal(o.DueAt.AddDays(1), o.LatestAt));
        Assert.All(nudges, o => Assert.StartsWith("nudge/2027-W07/", o.Id, StringComparison.Ordinal));
    }

    [Fact]
    public void Due_WeekCheckedIn_NoReminderAndNoNudge()
    {
        var schedule = Schedule(new WeeklyMoment(DayOfWeek.Monday, new TimeOnly(9, 0)), Member("a"), Member("b"));
        var held = new DuoWeek(IsoWeek.Of(new DateOnly(2027, 2, 15)), schedule.Key) { CheckIn = new DuoCheckIn(DuoActivity.LookedBack, 4, Utc(2, 15, 7)) };

        var due = DuoReminderPlan.Due(schedule, w => w == held.Week ? held : null, new DueWindow(Utc(2, 15, 0), Utc(2, 17, 0)));

        Assert.Empty(due);
    }

    [Fact]
    public void Due_WeekSkipped_NoNudge()
    {
        var schedule = Schedule(new WeeklyMoment(DayOfWeek.Monday, new TimeOnly(9, 0)), Member("a"), Member("b"));
        var skipped = new DuoWeek(IsoWeek.Of(new DateOnly(2027, 2, 15)), schedule.Key) { Skip = SkipReason.Holiday };

        var due = DuoReminderPlan.Due(schedule, w => w == skipped.Week ? skipped : null, new DueWindow(Utc(2, 15, 9), Utc(2, 17, 0)));

        Assert.Empty(due);
    }

    [Fact]
    public void Due_MovedMoment_RemindsAtTheNewTimeUnderANewIdAndNudgesAfterIt()
    {
        var schedule = Schedule(new WeeklyMoment(DayOfWeek.Monday, new TimeOnly(9, 0)), Member("a"), Member("b"));
        var moved = new DuoWeek(IsoWeek.Of(new DateOnly(2027, 2, 15)), schedule.Key) { Move = new DuoMove(new DateOnly(2027, 2, 17), new TimeOnly(13, 30), 1) };

        var due = DuoReminderPlan.Due(schedule, w => w == moved.Week ? moved : null, new DueWindow(Utc(2, 15, 9), Utc(2, 19, 0)));

        var reminders = due.Where(o => o.Kind == DuoWeekKinds.DuoReminder).ToList();
        Assert.Equal(2, reminders.Count);
        Assert.All(reminders, o => Assert.Equal(Utc(2, 17, 12, 30), o.DueAt));
        Assert.All(reminders, o => Assert.EndsWith("/m1", o.Id, StringComparison.Ordinal));
        Assert.All(due.Where(o => o.Kind == DuoWeekKinds.DuoNudge), o => Assert.Equal(Utc(2, 18, 12, 30), o.DueAt));
    }

    [Fact]
    public void Due_MovedOnlyThisWeek_NextWeekIsBackAtTheWeeklyMoment()
    {
        var schedule = Schedule(new WeeklyMoment(DayOfWeek.Monday, new TimeOnly(9, 0)), Member("a"), Member("b"));
        var moved = new DuoWeek(IsoWeek.Of(new DateOnly(2027, 2, 15)), schedule.Key) { Move = new DuoMove(new DateOnly(2027, 2, 17), new TimeOnly(13, 30), 1) };

        var due = DuoReminderPlan.Due(schedule, w => w == moved.Week ? moved : null, new DueWindow(Utc(2, 21, 0), Utc(2, 22, 9)));

        var reminder = Assert.Single(due, o => o.Kind == DuoWeekKinds.DuoReminder && o.Id.EndsWith("/0", StringComparison.Ordinal));
        Assert.Equal(Utc(2, 22, 8), reminder.DueAt);
        Assert.Contains("2027-W08", reminder.Id, StringComparison.Ordinal);
    }

    [Fact]
    public void Due_PartnerPaused_TheOtherIsToldInsteadOfReminded()
    {
        var pause = new PauseWindow(new DateOnly(2027, 2, 10), new DateOnly(2027, 3, 1));
        var schedule = Schedule(new WeeklyMoment(DayOfWeek.Monday, new TimeOnly(9, 0)), Member("a"), Member("b", pause: pause));

        var weekOne = DuoReminderPlan.Due(schedule, _ => null, new DueWindow(Utc(2, 15, 7), Utc(2, 15, 9)));
        var weekTwo = DuoReminderPlan.Due(schedule, _ => null, new DueWindow(Utc(2, 22, 7), Utc(2, 22, 9)));

        var told = Assert.Single(weekOne);
        Assert.Equal(DuoWeekKinds.PartnerPaused, told.Kind);
        Assert.Equal("paused/" + schedule.Key + "/20270301/1/0", told.Id);
        // Told once: only in the first week the pause costs a moment.
        Assert.Empty(weekTwo);
    }

    [Fact]
    public void Due_TrioWithOnePaused_TheOtherTwoAreStillReminded()
    {
        var pause = new PauseWindow(new DateOnly(2027, 2, 10), new DateOnly(2027, 3, 1));
        var schedule = Schedule(new WeeklyMoment(DayOfWeek.Monday, new TimeOnly(9, 0)), Member("a"), Member("b", pause: pause), Member("c"));

        var due = DuoReminderPlan.Due(schedule, _ => null, new DueWindow(Utc(2, 15, 7), Utc(2, 15, 9)));

        Assert.Equal(["reminder/2027-W07/" + schedule.Key + "/0", "reminder/2027-W07/" + schedule.Key + "/2"], due.Select(o => o.Id));
    }

    [Fact]
    public void Due_BeforeThePairing_NothingIsDue()
    {
        var schedule = Schedule(new WeeklyMoment(DayOfWeek.Monday, new TimeOnly(9, 0)), Member("a"), Member("b")) with { PairedAt = Utc(2, 15, 10) };

        Assert.Empty(DuoReminderPlan.Due(schedule, _ => null, new DueWindow(Utc(2, 15, 7), Utc(2, 15, 11))));
    }

    [Fact]
    public void Due_AWeekOfMinutePasses_EachOccurrenceExactlyOnce()
    {
        var schedule = Schedule(new WeeklyMoment(DayOfWeek.Thursday, new TimeOnly(16, 45)), Member("a"), Member("b", "America/New_York"));

        var seen = SweepMinuteByMinute(schedule, Utc(2, 14, 0), Utc(2, 21, 0));

        Assert.Equal(4, seen.Count);
        Assert.Equal(4, seen.Select(o => o.Id).Distinct().Count());
    }

    [Fact]
    public void DuoKey_SameMembersAnyOrder_SameKeyWithoutTheirIds()
    {
        var key = DuoKey.Of(3, ["bob", "alice"]);

        Assert.Equal(key, DuoKey.Of(3, ["alice", "bob"]));
        Assert.NotEqual(key, DuoKey.Of(4, ["alice", "bob"]));
        Assert.True(DuoKey.LooksValid(key));
        Assert.DoesNotContain("alice", key, StringComparison.Ordinal);
    }
}
