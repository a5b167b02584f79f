namespace BreedBot.Domain.Reflections;

/// <summary>
/// When a reflection asks for attention: the follow-up on the morning of the step's date, and the
/// one unsafety reminder one working day after unsafety was named (weekends skipped).
/// </summary>
public static class ReflectionSchedule
{
    public static readonly TimeOnly FollowUpTime = new(9, 0);

    public static DateTimeOffset? FollowUpDue(Reflection reflection, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(reflection);
        ArgumentNullException.ThrowIfNull(zone);
        return reflection is { IsCompleted: true, NextStep: { } step } ? AtLocal(step.By, FollowUpTime, zone) : null;
    }

    public static DateTimeOffset NudgeDue(DateTimeOffset namedAt, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(namedAt, zone);
        var day = DateOnly.FromDateTime(local.DateTime).AddDays(1);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(1);
        }

        return AtLocal(day, TimeOnly.FromDateTime(local.DateTime), zone);
    }

    /// <summary>A local wall time as an instant; a time skipped by the spring DST change moves forward an hour.</summary>
    public static DateTimeOffset AtLocal(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    public static DateOnly LocalDate(DateTimeOffset at, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);
}
