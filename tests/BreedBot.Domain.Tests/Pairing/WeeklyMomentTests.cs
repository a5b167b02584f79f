using BreedBot.Domain.Pairing;

namespace BreedBot.Domain.Tests.Pairing;

public class WeeklyMomentTests
{
    private static WeeklyMoment At(DayOfWeek day, int hour, int minute) => new(day, new TimeOnly(hour, minute));

    [Theory]
    [InlineData(59, true)]
    [InlineData(60, true)]
    [InlineData(61, false)]
    [InlineData(0, true)]
    public void Overlaps_SameDayMinutesApart_OnlyUpToAnHour(int minutesApart, bool expected)
    {
        var nine = At(DayOfWeek.Monday, 9, 0);
        var later = new WeeklyMoment(DayOfWeek.Monday, nine.Time.AddMinutes(minutesApart));

        Assert.Equal(expected, nine.Overlaps(later));
        Assert.Equal(expected, later.Overlaps(nine));
    }

    [Fact]
    public void Overlaps_DifferentDaysSameTime_IsFalse()
    {
        Assert.False(At(DayOfWeek.Monday, 9, 0).Overlaps(At(DayOfWeek.Tuesday, 9, 0)));
    }

    [Fact]
    public void Overlaps_AcrossMidnight_IsFalseBecauseTheDaysDiffer()
    {
        Assert.False(At(DayOfWeek.Monday, 23, 30).Overlaps(At(DayOfWeek.Tuesday, 0, 15)));
    }

    [Fact]
    public void Overlaps_LateAndEarlyOnTheSameDay_IsFalse()
    {
        // TimeOnly subtraction wraps around midnight; the rule must not.
        Assert.False(At(DayOfWeek.Monday, 23, 30).Overlaps(At(DayOfWeek.Monday, 0, 15)));
    }
}
