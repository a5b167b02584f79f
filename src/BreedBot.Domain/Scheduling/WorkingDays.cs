namespace BreedBot.Domain.Scheduling;

/// <summary>Monday to Friday, except the Dutch public holidays most employers give off.</summary>
public static class WorkingDays
{
    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !DutchHolidays.IsHoliday(date);

    /// <summary>The first working day after <paramref name="date"/>.</summary>
    public static DateOnly Next(DateOnly date)
    {
        var next = date.AddDays(1);
        while (!IsWorkingDay(next))
        {
            next = next.AddDays(1);
        }

        return next;
    }
}
