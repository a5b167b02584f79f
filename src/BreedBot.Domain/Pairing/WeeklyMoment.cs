namespace BreedBot.Domain.Pairing;

/// <summary>A weekly start time for the duo moment, in the member's own time zone.</summary>
public readonly record struct WeeklyMoment(DayOfWeek Day, TimeOnly Time)
{
    /// <summary>How far apart two start times may be and still count as one moment.</summary>
    public static readonly TimeSpan OverlapWindow = TimeSpan.FromMinutes(60);

    /// <summary>
    /// Two moments overlap when they fall on the same weekday and their start times are at most
    /// 60 minutes apart (60 overlaps, 61 does not). Different weekdays never overlap, also not
    /// across midnight (Monday 23:30 and Tuesday 00:15): a duo moment is a daytime call and the
    /// agreed moment must name one day both partners chose. (TimeOnly subtraction wraps around
    /// midnight, hence the TimeSpans.)
    /// </summary>
    public bool Overlaps(WeeklyMoment other) =>
        Day == other.Day && (Time.ToTimeSpan() - other.Time.ToTimeSpan()).Duration() <= OverlapWindow;
}
