namespace BreedBot.Domain.Scheduling;

/// <summary>Wall-clock times in a time zone turned into instants, across daylight-saving changes.</summary>
public static class LocalMoments
{
    /// <summary>
    /// The instant <paramref name="time"/> on <paramref name="date"/> happens in <paramref name="zone"/>.
    /// A time skipped by the spring-forward gap (02:30 in Amsterdam on the last Sunday of March)
    /// becomes the first valid instant after the gap (03:00 summer time), so it happens once. A
    /// time that happens twice on the fall-back day is taken the first time (summer time), so it
    /// happens once, not twice.
    /// </summary>
    public static DateTimeOffset ToInstant(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            // Walk forward minute by minute to the end of the gap; gaps are at most a few hours.
            var probe = local;
            while (zone.IsInvalidTime(probe))
            {
                probe = probe.AddMinutes(1);
            }

            var offsetAfter = zone.GetUtcOffset(probe);
            return new DateTimeOffset(probe, offsetAfter);
        }

        if (zone.IsAmbiguousTime(local))
        {
            var offsets = zone.GetAmbiguousTimeOffsets(local);
            var earliest = offsets.Max(); // the larger offset is the earlier instant
            return new DateTimeOffset(local, earliest);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    /// <summary>The first instant of the day after <paramref name="date"/> in <paramref name="zone"/>, i.e. when the day is over.</summary>
    public static DateTimeOffset EndOfDay(DateOnly date, TimeZoneInfo zone) => ToInstant(date.AddDays(1), TimeOnly.MinValue, zone);

    /// <summary>The local date of <paramref name="instant"/> in <paramref name="zone"/>.</summary>
    public static DateOnly DateIn(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
}
