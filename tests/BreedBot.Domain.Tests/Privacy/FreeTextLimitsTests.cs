using BreedBot.Domain.Privacy;

namespace BreedBot.Domain.Tests.Privacy;

public class FreeTextLimitsTests
{
    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData(40, true)]
    [InlineData(41, false)]
    public void Fits_Label_AllowsUpTo40(object? text, bool expected)
    {
        var value = text is int length ? new string('x', length) : (string?)text;

        Assert.Equal(expected, FreeTextLimits.Fits(value, FreeTextLimits.Label));
    }

    [Fact]
    public void Fits_Text_AllowsUpTo500IgnoringSurroundingSpaces()
    {
        Assert.True(FreeTextLimits.Fits("  " + new string('x', 500) + "  ", FreeTextLimits.Text));
        Assert.False(FreeTextLimits.Fits(new string('x', 501), FreeTextLimits.Text));
    }
}
