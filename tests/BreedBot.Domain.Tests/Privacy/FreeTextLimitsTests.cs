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

    [Fact]
    public void Fits_FortyEmoji_AreFortyCharacters()
    {
        var forty = string.Concat(Enumerable.Repeat("😀", 40));
        var families = string.Concat(Enumerable.Repeat("👨\u200D👩\u200D👧", 40));

        Assert.Equal(80, forty.Length);
        Assert.True(FreeTextLimits.Fits(forty, FreeTextLimits.Label));
        Assert.True(FreeTextLimits.Fits(families, FreeTextLimits.Label));
        Assert.False(FreeTextLimits.Fits(forty + "😀", FreeTextLimits.Label));
    }

    [Fact]
    public void Fits_InvisibleCharacters_DoNotCount()
    {
        var hidden = new string('x', 40) + new string('\u200B', 100);

        Assert.True(FreeTextLimits.Fits(hidden, FreeTextLimits.Label));
    }
}
