using BreedBot.Domain.Reflections;

namespace BreedBot.Domain.Tests.ReflectionFlows;

public sealed class ReflectionScheduleTests
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    [Fact]
    public void FollowUpDue_CompletedReflection_NineInTheMorningLocalOnTheDate()
    {
        var done = ReflectionScenario.At(ReflectionStep.Done);

        Assert.Equal(new DateTimeOffset(2027, 2, 22, 8, 0, 0, TimeSpan.Zero), ReflectionSchedule.FollowUpDue(done, Amsterdam));
        Assert.Null(ReflectionSchedule.FollowUpDue(ReflectionScenario.At(ReflectionStep.Share), Amsterdam));
    }

    [Theory]
    [InlineData("2027-02-15T10:00:00+01:00", "2027-02-16T10:00:00+01:00")] // Monday → Tuesday
    [InlineData("2027-02-19T16:30:00+01:00", "2027-02-22T16:30:00+01:00")] // Friday → Monday
    [InlineData("2027-02-20T11:00:00+01:00", "2027-02-22T11:00:00+01:00")] // Saturday → Monday
    [InlineData("2027-03-26T10:00:00+01:00", "2027-03-29T10:00:00+02:00")] // across the spring DST change, same wall time
    public void NudgeDue_OneWorkingDayLater_SameLocalTime(string named, string due)
    {
        Assert.Equal(DateTimeOffset.Parse(due, System.Globalization.CultureInfo.InvariantCulture), ReflectionSchedule.NudgeDue(DateTimeOffset.Parse(named, System.Globalization.CultureInfo.InvariantCulture), Amsterdam));
    }

    [Fact]
    public void AtLocal_TimeSkippedBySpringChange_MovesAnHourForward()
    {
        Assert.Equal(new DateTimeOffset(2027, 3, 28, 3, 30, 0, TimeSpan.FromHours(2)), ReflectionSchedule.AtLocal(new DateOnly(2027, 3, 28), new TimeOnly(2, 30), Amsterdam));
    }
}
