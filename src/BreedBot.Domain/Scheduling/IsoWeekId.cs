using System.Globalization;

namespace BreedBot.Domain.Scheduling;

/// <summary>An ISO-8601 week, written <c>2027-W07</c>: the unit a duo's moment, check-in and summary belong to.</summary>
public readonly record struct IsoWeekId(int Year, int Week)
{
    public static IsoWeekId Of(DateOnly date)
    {
        var at = date.ToDateTime(TimeOnly.MinValue);
        return new IsoWeekId(ISOWeek.GetYear(at), ISOWeek.GetWeekOfYear(at));
    }

    public static bool TryParse(string? text, out IsoWeekId week)
    {
        week = default;
        if (text is not { Length: 8 } || text[4] != '-' || text[5] != 'W'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(6, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || year < 2000 || year > 9998 || number < 1 || number > ISOWeek.GetWeeksInYear(year))
        {
            return false;
        }

        week = new IsoWeekId(year, number);
        return true;
    }

    /// <summary>The date of <paramref name="day"/> in this week (weeks run Monday to Sunday).</summary>
    public DateOnly DateOf(DayOfWeek day) => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Week, day));

    public DateOnly Monday => DateOf(DayOfWeek.Monday);

    public DateOnly Sunday => DateOf(DayOfWeek.Sunday);

    public IsoWeekId Next => Of(Monday.AddDays(7));

    public IsoWeekId Previous => Of(Monday.AddDays(-7));

    public bool Contains(DateOnly date) => date >= Monday && date <= Sunday;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-W{Week:D2}");
}
