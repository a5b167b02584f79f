using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.TeamWeeks;

namespace BreedBot.Domain.Tests.DuoWeeks;

public class DuoWeekTests
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
    private static readonly DuoWeek Open = new(IsoWeek.Of(new DateOnly(2027, 2, 15)), "r000001-0123456789ab");
    private static readonly DateTimeOffset Monday10 = new(2027, 2, 15, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void WithCheckIn_SecondCheckIn_KeepsTheFirst()
    {
        var (held, first) = Open.WithCheckIn(new DuoCheckIn(DuoActivity.CaseDiscussed, 4, Monday10));
        var (after, second) = held.WithCheckIn(new DuoCheckIn(DuoActivity.Other, 1, Monday10.AddMinutes(1)));

        Assert.Equal(DuoWeekChange.Done, first);
        Assert.Equal(DuoWeekChange.AlreadyCheckedIn, second);
        Assert.Equal(DuoActivity.CaseDiscussed, after.CheckIn!.What);
    }

    [Fact]
    public void WithSkip_AfterACheckIn_IsRefused()
    {
        var (held, _) = Open.WithCheckIn(new DuoCheckIn(DuoActivity.CaseDiscussed, null, Monday10));

        Assert.Equal(DuoWeekChange.AlreadyCheckedIn, held.WithSkip(SkipReason.Ill).Change);
        Assert.Equal(DuoWeekChange.AlreadySkipped, Open.WithSkip(SkipReason.Ill).Week.WithSkip(SkipReason.Busy).Change);
    }

    [Fact]
    public void WithMove_LaterThisWeek_CountsTheRevisionAndUndoesASkip()
    {
        var (skipped, _) = Open.WithSkip(SkipReason.Busy);
        var (moved, change) = skipped.WithMove(new DateOnly(2027, 2, 18), new TimeOnly(11, 0), Monday10, Amsterdam);
        var (again, _) = moved.WithMove(new DateOnly(2027, 2, 19), new TimeOnly(11, 0), Monday10, Amsterdam);

        Assert.Equal(DuoWeekChange.Done, change);
        Assert.Null(moved.Skip);
        Assert.Equal(2, again.Move!.Revision);
        Assert.Equal((new DateOnly(2027, 2, 19), new TimeOnly(11, 0)), again.MomentOf(new BreedBot.Domain.Pairing.WeeklyMoment(DayOfWeek.Monday, new TimeOnly(9, 0))));
    }

    [Theory]
    [InlineData(2027, 2, 15, 9, 30, DuoWeekChange.InThePast)] // 09:30 Amsterdam is before 10:00 Amsterdam (09:00 UTC)
    [InlineData(2027, 2, 22, 9, 0, DuoWeekChange.NotThisWeek)]
    [InlineData(2027, 2, 14, 12, 0, DuoWeekChange.NotThisWeek)]
    public void WithMove_PastOrOutsideTheWeek_IsRefusedAndChangesNothing(int y, int m, int d, int hour, int minute, DuoWeekChange expected)
    {
        var (after, change) = Open.WithMove(new DateOnly(y, m, d), new TimeOnly(hour, minute), Monday10, Amsterdam);

        Assert.Equal(expected, change);
        Assert.Same(Open, after);
    }
}
