using BreedBot.Domain.Scheduling;

namespace BreedBot.Domain.Tests.Scheduling;

public class WorkingDaysTests
{
    [Theory]
    [InlineData("2027-02-15", "2027-02-16")] // Monday → Tuesday
    [InlineData("2027-02-19", "2027-02-22")] // Friday → Monday
    [InlineData("2027-02-20", "2027-02-22")] // Saturday → Monday
    [InlineData("2027-03-26", "2027-03-30")] // Friday before Easter → Tuesday (Tweede Paasdag 29 March)
    [InlineData("2027-04-26", "2027-04-28")] // Monday → Wednesday (Koningsdag Tuesday 27 April)
    [InlineData("2026-12-24", "2026-12-28")] // Thursday → Monday (Kerstdagen Friday and Saturday)
    public void Next_Date_IsTheFirstWorkingDayAfter(string date, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), WorkingDays.Next(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData(2027, 3, 28)]
    [InlineData(2026, 4, 5)]
    [InlineData(2028, 4, 16)]
    public void EasterSunday_KnownYears_MatchesTheCalendar(int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), DutchHolidays.EasterSunday(year));
    }

    [Fact]
    public void IsHoliday_KingsDayOnSunday_MovesToSaturday()
    {
        // 27 April 2025 was a Sunday.
        Assert.True(DutchHolidays.IsHoliday(new DateOnly(2025, 4, 26)));
        Assert.False(DutchHolidays.IsHoliday(new DateOnly(2025, 4, 27)));
    }

    [Fact]
    public void IsHoliday_AscensionAndWhitMonday_AreHolidays()
    {
        Assert.True(DutchHolidays.IsHoliday(new DateOnly(2027, 5, 6)));
        Assert.True(DutchHolidays.IsHoliday(new DateOnly(2027, 5, 17)));
        Assert.False(DutchHolidays.IsHoliday(new DateOnly(2027, 5, 18)));
    }
}
