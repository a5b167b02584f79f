using System.Globalization;

namespace BreedBot.Domain.TeamWeeks;

/// <summary>
/// An ISO 8601 week (Monday to Sunday; week 1 holds the year's first Thursday), written "2027-W07".
/// A team's facts belong to the week of the team's own time zone.
/// </summary>
public readonly record struct IsoWeek : IComparable<IsoWeek>
{
    public IsoWeek(int year, int week)
    {
        if (year is < 1 or > 9998 || week < 1 || week > ISOWeek.GetWeeksInYear(year))
        {
            throw new ArgumentOutOfRangeException(nameof(week), $"No ISO week {week} in {year}.");
        }

        Year = year;
        Week = week;
    }

    public int Year { get; }

    public int Week { get; }

    /// <summary>The date of <paramref name="day"/> in this week (weeks run Monday to Sunday).</summary>
    public DateOnly DateOf(DayOfWeek day) => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Week, day));

    public DateOnly Monday => DateOf(DayOfWeek.Monday);

    public DateOnly Sunday => DateOf(DayOfWeek.Sunday);

    /// <summary>
    /// Weeks since the first ISO week of the calendar (0001-W01, which starts on Monday 1 January 0001): a count that
    /// runs on over the turn of the year, so two weeks apart is two apart also from 2026-W53 to 2027-W02.
    /// </summary>
    public int Index => Monday.DayNumber / 7;

    public IsoWeek Next => AddWeeks(1);

    public IsoWeek Previous => AddWeeks(-1);

    public bool Contains(DateOnly date) => date >= Monday && date <= Sunday;

    public static IsoWeek Of(DateOnly date)
    {
        var day = date.ToDateTime(TimeOnly.MinValue);
        return new IsoWeek(ISOWeek.GetYear(day), ISOWeek.GetWeekOfYear(day));
    }

    /// <summary>The week <paramref name="instant"/> falls in, in <paramref name="zone"/>.</summary>
    public static IsoWeek Of(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return Of(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime));
    }

    public IsoWeek AddWeeks(int weeks) => Of(Monday.AddDays(7 * weeks));

    /// <summary>This week and the <paramref name="count"/> - 1 weeks before it, oldest first.</summary>
    public IReadOnlyList<IsoWeek> AndPrevious(int count)
    {
        var last = this;
        return [.. Enumerable.Range(0, count).Select(i => last.AddWeeks(i - count + 1))];
    }

    public static bool TryParse(string? text, out IsoWeek week)
    {
        week = default;
        if (text is not { Length: 8 } || text[4] != '-' || text[5] != 'W'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(6, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || year < 1 || number < 1 || number > ISOWeek.GetWeeksInYear(year))
        {
            return false;
        }

        week = new IsoWeek(year, number);
        return true;
    }

    public int CompareTo(IsoWeek other) => Year != other.Year ? Year.CompareTo(other.Year) : Week.CompareTo(other.Week);

    public static bool operator <(IsoWeek left, IsoWeek right) => left.CompareTo(right) < 0;

    public static bool operator >(IsoWeek left, IsoWeek right) => left.CompareTo(right) > 0;

    public static bool operator <=(IsoWeek left, IsoWeek right) => left.CompareTo(right) <= 0;

    public static bool operator >=(IsoWeek left, IsoWeek right) => left.CompareTo(right) >= 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-W{Week:D2}");
}
