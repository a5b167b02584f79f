using System.Globalization;

namespace BreedBot.Domain.Members;

/// <summary>
/// Reads the end date of "pauze tot 12-03-2027" / "pause until 2027-03-12". A day and month without
/// a year mean the next such date. A pause ends after today and lasts at most a year.
/// </summary>
public static class PauseRequest
{
    public const int MaxDays = 365;

    private static readonly string[] FullFormats = ["d-M-yyyy", "d/M/yyyy", "d.M.yyyy", "yyyy-M-d"];
    private static readonly string[] ShortFormats = ["d-M", "d/M", "d.M"];

    public static bool TryParseUntil(string? text, DateOnly today, out DateOnly until)
    {
        until = default;
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        if (DateOnly.TryParseExact(value, FullFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var full))
        {
            until = full;
        }
        else if (DateOnly.TryParseExact(value, ShortFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dayMonth))
        {
            var thisYear = TryDate(today.Year, dayMonth.Month, dayMonth.Day);
            until = thisYear is { } date && date > today ? date : TryDate(today.Year + 1, dayMonth.Month, dayMonth.Day) ?? default;
        }
        else
        {
            return false;
        }

        return until > today && until.DayNumber - today.DayNumber <= MaxDays;
    }

    // 29 February exists only in some years.
    private static DateOnly? TryDate(int year, int month, int day) =>
        day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
}
