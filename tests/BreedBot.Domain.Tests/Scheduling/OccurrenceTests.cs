using BreedBot.Domain.Scheduling;

namespace BreedBot.Domain.Tests.Scheduling;

public class OccurrenceTests
{
    private static readonly DateTimeOffset Due = new(2027, 2, 15, 8, 0, 0, TimeSpan.Zero);
    private static readonly Occurrence Reminder = new("duo-reminder", new OccurrenceScope("t", "team"), "reminder/x", Due, Due.AddHours(15));

    [Theory]
    [InlineData(-1, OccurrenceTiming.NotYet)]
    [InlineData(0, OccurrenceTiming.OnTime)]
    [InlineData(5, OccurrenceTiming.OnTime)]
    [InlineData(6, OccurrenceTiming.Late)]
    [InlineData(15 * 60, OccurrenceTiming.Late)]
    [InlineData((15 * 60) + 1, OccurrenceTiming.Missed)]
    public void TimingAt_MinutesAfterDue_IsOnTimeLateOrMissed(int minutes, OccurrenceTiming expected)
    {
        Assert.Equal(expected, Reminder.TimingAt(Due.AddMinutes(minutes)));
    }

    [Fact]
    public void DueWindow_Bounds_ExcludeFromIncludeTo()
    {
        var window = new DueWindow(Due, Due.AddMinutes(1));

        Assert.False(window.Contains(Due));
        Assert.True(window.Contains(Due.AddMinutes(1)));
    }
}
