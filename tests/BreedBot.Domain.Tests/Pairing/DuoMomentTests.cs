using BreedBot.Domain.Pairing;

namespace BreedBot.Domain.Tests.Pairing;

public class DuoMomentTests
{
    private static WeeklyMoment At(DayOfWeek day, int hour, int minute) => new(day, new TimeOnly(hour, minute));

    [Fact]
    public void Agree_OverlappingPreferences_TakesTheLaterTimeAndIsAgreed()
    {
        var (moment, agreed) = DuoMoment.Agree([At(DayOfWeek.Wednesday, 10, 0), At(DayOfWeek.Wednesday, 9, 30)]);

        Assert.True(agreed);
        Assert.Equal(At(DayOfWeek.Wednesday, 10, 0), moment);
    }

    [Fact]
    public void Agree_DifferentDays_ProposesTheFirstPreference()
    {
        var (moment, agreed) = DuoMoment.Agree([At(DayOfWeek.Thursday, 14, 0), At(DayOfWeek.Monday, 14, 0)]);

        Assert.False(agreed);
        Assert.Equal(At(DayOfWeek.Thursday, 14, 0), moment);
    }

    [Fact]
    public void Agree_TrioWithinAnHour_IsAgreed()
    {
        var (moment, agreed) = DuoMoment.Agree(
            [At(DayOfWeek.Friday, 9, 0), At(DayOfWeek.Friday, 9, 45), At(DayOfWeek.Friday, 10, 0)]);

        Assert.True(agreed);
        Assert.Equal(At(DayOfWeek.Friday, 10, 0), moment);
    }

    [Fact]
    public void Agree_TrioSpreadOverMoreThanAnHour_IsNotAgreed()
    {
        // Each neighbour overlaps, but the first and last are 90 minutes apart.
        var (moment, agreed) = DuoMoment.Agree(
            [At(DayOfWeek.Friday, 9, 0), At(DayOfWeek.Friday, 9, 45), At(DayOfWeek.Friday, 10, 30)]);

        Assert.False(agreed);
        Assert.Equal(At(DayOfWeek.Friday, 9, 0), moment);
    }
}
