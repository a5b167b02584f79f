using BreedBot.Domain.Scheduling;

namespace BreedBot.Domain.Tests.Scheduling;

public class LocalMomentsTests
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    [Fact]
    public void ToInstant_WinterTime_IsOneHourAheadOfUtc()
    {
        var at = LocalMoments.ToInstant(new DateOnly(2027, 2, 15), new TimeOnly(9, 0), Amsterdam);

        Assert.Equal(new DateTimeOffset(2027, 2, 15, 8, 0, 0, TimeSpan.Zero), at.ToUniversalTime());
    }

    [Fact]
    public void ToInstant_SummerTime_IsTwoHoursAheadOfUtc()
    {
        var at = LocalMoments.ToInstant(new DateOnly(2027, 6, 14), new TimeOnly(9, 0), Amsterdam);

        Assert.Equal(new DateTimeOffset(2027, 6, 14, 7, 0, 0, TimeSpan.Zero), at.ToUniversalTime());
    }

    [Fact]
    public void ToInstant_SpringForwardGap_IsTheFirstValidInstantAfter()
    {
        // 28 March 2027: 02:00 CET jumps to 03:00 CEST, so 02:30 does not exist.
        var at = LocalMoments.ToInstant(new DateOnly(2027, 3, 28), new TimeOnly(2, 30), Amsterdam);

        Assert.Equal(new DateTimeOffset(2027, 3, 28, 1, 0, 0, TimeSpan.Zero), at.ToUniversalTime());
        Assert.Equal(new TimeOnly(3, 0), TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Amsterdam).DateTime));
    }

    [Fact]
    public void ToInstant_FallBackRepeatedHour_IsTheFirstOccurrence()
    {
        // 31 October 2027: 03:00 CEST falls back to 02:00 CET, so 02:30 happens at 00:30 and 01:30 UTC.
        var at = LocalMoments.ToInstant(new DateOnly(2027, 10, 31), new TimeOnly(2, 30), Amsterdam);

        Assert.Equal(new DateTimeOffset(2027, 10, 31, 0, 30, 0, TimeSpan.Zero), at.ToUniversalTime());
    }

    [Fact]
    public void EndOfDay_FallBackDay_Lasts25Hours()
    {
        var date = new DateOnly(2027, 10, 31);
        var start = LocalMoments.ToInstant(date, TimeOnly.MinValue, Amsterdam);

        Assert.Equal(TimeSpan.FromHours(25), LocalMoments.EndOfDay(date, Amsterdam) - start);
    }

    [Fact]
    public void DateIn_LateUtcEvening_IsTheNextLocalDay()
    {
        Assert.Equal(new DateOnly(2027, 2, 16), LocalMoments.DateIn(new DateTimeOffset(2027, 2, 15, 23, 30, 0, TimeSpan.Zero), Amsterdam));
    }
}
