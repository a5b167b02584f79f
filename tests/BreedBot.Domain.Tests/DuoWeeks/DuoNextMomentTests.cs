using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.Pairing;
using BreedBot.Domain.Scheduling;
using BreedBot.Domain.TeamWeeks;

namespace BreedBot.Domain.Tests.DuoWeeks;

public sealed class DuoNextMomentTests
{
    private static readonly OccurrenceScope Scope = new("tenant", "team");

    private static DuoSchedule Schedule(WeeklyMoment moment, string? zoneOfB = null) =>
        new(Scope, "Europe/Amsterdam", 3, new Duo(["a", "b"], moment, true), new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
            new Dictionary<string, DuoPartner> { ["a"] = new("a", true, null, null), ["b"] = new("b", true, null, zoneOfB) });

    private static readonly WeeklyMoment Tuesday930 = new(DayOfWeek.Tuesday, new TimeOnly(9, 30));

    [Fact]
    public void WeekOf_BeforeThisWeeksMoment_IsThisWeek()
    {
        // Monday 15 February 2027, 10:00 in Amsterdam; the moment is Tuesday 09:30.
        Assert.Equal(new IsoWeek(2027, 7), DuoNextMoment.WeekOf(Schedule(Tuesday930), "a", new DateTimeOffset(2027, 2, 15, 9, 0, 0, TimeSpan.Zero), null));
    }

    [Fact]
    public void WeekOf_AtOrAfterThisWeeksMoment_IsNextWeek()
    {
        // Tuesday 09:30 Amsterdam is 08:30 UTC: the reminder has just come, so "next time" is next week.
        Assert.Equal(new IsoWeek(2027, 8), DuoNextMoment.WeekOf(Schedule(Tuesday930), "a", new DateTimeOffset(2027, 2, 16, 8, 30, 0, TimeSpan.Zero), null));
    }

    [Fact]
    public void WeekOf_ThisWeekAlreadyHeld_IsNextWeek()
    {
        var monday = new DateTimeOffset(2027, 2, 15, 9, 0, 0, TimeSpan.Zero);
        var held = new DuoWeek(new IsoWeek(2027, 7), "k") { CheckIn = new DuoCheckIn(DuoActivity.CaseDiscussed, null, monday) };

        Assert.Equal(new IsoWeek(2027, 8), DuoNextMoment.WeekOf(Schedule(Tuesday930), "a", monday, held));
    }

    [Fact]
    public void WeekOf_ThisWeekAlreadySkippedAndStillAhead_StaysThisWeek()
    {
        // Pressed twice (or delivered twice by Teams): the second press finds the moment it already skipped, so it
        // answers "already skipped" instead of skipping next week's moment as well.
        var monday = new DateTimeOffset(2027, 2, 15, 9, 0, 0, TimeSpan.Zero);
        var skipped = new DuoWeek(new IsoWeek(2027, 7), "k") { Skip = SkipReason.Busy };

        Assert.Equal(new IsoWeek(2027, 7), DuoNextMoment.WeekOf(Schedule(Tuesday930), "a", monday, skipped));
    }

    [Fact]
    public void WeekOf_ThisWeeksMomentMovedLater_IsStillThisWeek()
    {
        var wednesday = new DateTimeOffset(2027, 2, 17, 9, 0, 0, TimeSpan.Zero);
        var moved = new DuoWeek(new IsoWeek(2027, 7), "k") { Move = new DuoMove(new DateOnly(2027, 2, 18), new TimeOnly(14, 0), 1) };

        Assert.Equal(new IsoWeek(2027, 7), DuoNextMoment.WeekOf(Schedule(Tuesday930), "a", wednesday, moved));
        Assert.Equal(new IsoWeek(2027, 8), DuoNextMoment.WeekOf(Schedule(Tuesday930), "a", wednesday, null));
    }

    [Fact]
    public void WeekOf_AfterTheMomentInWeek53_IsWeekOneOfTheNextYear()
    {
        // Thursday 31 December 2026 is in 2026-W53; its Tuesday moment is past.
        Assert.Equal(new IsoWeek(2027, 1), DuoNextMoment.WeekOf(Schedule(Tuesday930), "a", new DateTimeOffset(2026, 12, 31, 12, 0, 0, TimeSpan.Zero), null));
    }

    [Fact]
    public void WeekOf_AcrossTheSpringClockChange_ReadsTheMomentInTheNewOffset()
    {
        // Monday 29 March 2027 09:00 Amsterdam is 07:00 UTC (summer time since Sunday); at 07:45 UTC the 09:30 moment is ahead.
        var schedule = Schedule(new WeeklyMoment(DayOfWeek.Monday, new TimeOnly(9, 30)));

        Assert.Equal(new IsoWeek(2027, 13), DuoNextMoment.WeekOf(schedule, "a", new DateTimeOffset(2027, 3, 29, 7, 15, 0, TimeSpan.Zero), null));
        Assert.Equal(new IsoWeek(2027, 14), DuoNextMoment.WeekOf(schedule, "a", new DateTimeOffset(2027, 3, 29, 7, 45, 0, TimeSpan.Zero), null));
    }

    [Fact]
    public void WeekOf_PartnerInAnotherZone_CountsTheirOwnMoment()
    {
        // Tuesday 09:30 in London is 09:30 UTC, an hour after Amsterdam's: at 09:00 UTC it is still ahead for b, not for a.
        var schedule = Schedule(Tuesday930, "Europe/London");
        var at = new DateTimeOffset(2027, 2, 16, 9, 0, 0, TimeSpan.Zero);

        Assert.Equal(new IsoWeek(2027, 8), DuoNextMoment.WeekOf(schedule, "a", at, null));
        Assert.Equal(new IsoWeek(2027, 7), DuoNextMoment.WeekOf(schedule, "b", at, null));
    }
}
