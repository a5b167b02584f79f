using BreedBot.Domain.Teams;

namespace BreedBot.Domain.Tests.Teams;

public class RotationIntervalTests
{
    private static readonly DateTimeOffset Paired = new(2027, 1, 5, 15, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(8, 55, false)]
    [InlineData(8, 56, true)]
    [InlineData(4, 28, true)]
    [InlineData(0, 3650, false)]
    public void IsDue_AfterTheIntervalOnly(int weeks, int daysLater, bool due)
    {
        Assert.Equal(due, RotationInterval.IsDue(Paired, weeks, Paired.AddDays(daysLater)));
    }

    [Theory]
    [InlineData("6", 6)]
    [InlineData("26 weken", 26)]
    [InlineData("nooit", 0)]
    [InlineData("Never", 0)]
    public void TryParse_WeeksOrNever(string text, int weeks)
    {
        Assert.True(RotationInterval.TryParse(text, out var parsed));
        Assert.Equal(weeks, parsed);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("27")]
    [InlineData("0")]
    [InlineData("vaak")]
    [InlineData("")]
    public void TryParse_OutOfRange_IsRefused(string text)
    {
        Assert.False(RotationInterval.TryParse(text, out _));
    }
}
