using BreedBot.Domain.TeamWeeks;

namespace BreedBot.Domain.Tests.Scheduling;

public class IsoWeekTests
{
    [Fact]
    public void Of_NewYearsDay2027_BelongsToTheLastWeekOf2026()
    {
        Assert.Equal("2026-W53", IsoWeek.Of(new DateOnly(2027, 1, 1)).ToString());
    }

    [Fact]
    public void DateOf_Week7Friday_Is19February2027()
    {
        Assert.True(IsoWeek.TryParse("2027-W07", out var week));
        Assert.Equal(new DateOnly(2027, 2, 19), week.DateOf(DayOfWeek.Friday));
        Assert.Equal(new DateOnly(2027, 2, 21), week.Sunday);
    }

    [Theory]
    [InlineData("2027-W54")]
    [InlineData("2027-W00")]
    [InlineData("2027W07")]
    [InlineData("27-W07xx")]
    [InlineData(null)]
    public void TryParse_Malformed_IsFalse(string? text)
    {
        Assert.False(IsoWeek.TryParse(text, out _));
    }

    [Fact]
    public void Next_LastWeekOfYear_IsWeekOneOfTheNext()
    {
        Assert.True(IsoWeek.TryParse("2026-W53", out var week));
        Assert.Equal("2027-W01", week.Next.ToString());
        Assert.Equal("2026-W53", week.Next.Previous.ToString());
    }
}
