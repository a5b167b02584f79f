using BreedBot.Domain.TeamWeeks;

namespace BreedBot.Domain.Tests.TeamWeeks;

public class IsoWeekTests
{
    [Theory]
    [InlineData(2027, 1, 4, "2027-W01")] // Monday of week 1
    [InlineData(2027, 1, 3, "2026-W53")] // Sunday before it belongs to 2026's last week
    [InlineData(2027, 2, 15, "2027-W07")]
    [InlineData(2026, 12, 31, "2026-W53")]
    public void Of_Date_IsTheIsoWeek(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, IsoWeek.Of(new DateOnly(year, month, day)).ToString());
    }

    [Fact]
    public void Of_InstantNearMidnight_UsesTheTeamsTimeZone()
    {
        var amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        var sundayLateUtc = new DateTimeOffset(2027, 2, 14, 23, 30, 0, TimeSpan.Zero); // Monday 00:30 in Amsterdam

        Assert.Equal("2027-W07", IsoWeek.Of(sundayLateUtc, amsterdam).ToString());
        Assert.Equal("2027-W06", IsoWeek.Of(sundayLateUtc, TimeZoneInfo.Utc).ToString());
    }

    [Fact]
    public void AddWeeks_AcrossAYearWithWeek53_Counts53()
    {
        var week = new IsoWeek(2027, 1);

        Assert.Equal(new IsoWeek(2026, 53), week.AddWeeks(-1));
        Assert.Equal(new IsoWeek(2026, 1), week.AddWeeks(-53));
        Assert.Equal(new IsoWeek(2027, 1), new IsoWeek(2026, 52).AddWeeks(2));
    }

    [Fact]
    public void AndPrevious_Five_OldestFirstEndingWithThisWeek()
    {
        var weeks = new IsoWeek(2027, 2).AndPrevious(5);

        Assert.Equal(["2026-W51", "2026-W52", "2026-W53", "2027-W01", "2027-W02"], weeks.Select(w => w.ToString()));
    }

    [Theory]
    [InlineData("2027-W07", true)]
    [InlineData("2026-W53", true)]
    [InlineData("2027-W53", false)] // 2027 has 52 weeks
    [InlineData("2027-W00", false)]
    [InlineData("2027-07", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void TryParse_Text_AcceptsOnlyRealWeeks(string? text, bool expected)
    {
        Assert.Equal(expected, IsoWeek.TryParse(text, out var week));
        if (expected)
        {
            Assert.Equal(text, week.ToString());
        }
    }

    [Fact]
    public void Constructor_WeekThatDoesNotExist_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new IsoWeek(2027, 53));
    }
}
