namespace BreedBot.Domain.Scheduling;

/// <summary>
/// The general Dutch public holidays: Nieuwjaarsdag, Tweede Paasdag, Koningsdag (27 April, the 26th
/// when the 27th is a Sunday), Hemelvaartsdag, Tweede Pinksterdag, Eerste and Tweede Kerstdag.
/// Goede Vrijdag and Bevrijdingsdag are left out: most employers in care do not give them off
/// every year. The Sundays (Pasen, Pinksteren) are weekend days anyway.
/// </summary>
public static class DutchHolidays
{
    public static bool IsHoliday(DateOnly date)
    {
        if ((date.Month, date.Day) is (1, 1) or (12, 25) or (12, 26))
        {
            return true;
        }

        var kingsDay = new DateOnly(date.Year, 4, 27);
        if (kingsDay.DayOfWeek == DayOfWeek.Sunday)
        {
            kingsDay = kingsDay.AddDays(-1);
        }

        var easter = EasterSunday(date.Year);
        return date == kingsDay || date == easter.AddDays(1) || date == easter.AddDays(39) || date == easter.AddDays(50);
    }

    /// <summary>Gregorian Easter Sunday (the anonymous Gregorian algorithm, Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
