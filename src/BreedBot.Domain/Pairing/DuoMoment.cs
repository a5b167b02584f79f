namespace BreedBot.Domain.Pairing;

/// <summary>Chooses the weekly moment of a duo or trio from its members' preferences.</summary>
public static class DuoMoment
{
    /// <summary>
    /// When every member's preference is on the same day and all start times lie within
    /// <see cref="WeeklyMoment.OverlapWindow"/> of each other, the moment is the latest of those
    /// times (agreed): nobody is asked to start before their own preferred time, and nobody later
    /// than an hour after it. Otherwise the first member's preference is proposed (not agreed).
    /// </summary>
    public static (WeeklyMoment Moment, bool Agreed) Agree(IReadOnlyList<WeeklyMoment> preferences)
    {
        ArgumentNullException.ThrowIfNull(preferences);
        if (preferences.Count == 0)
        {
            throw new ArgumentException("A duo has members.", nameof(preferences));
        }

        var first = preferences[0];
        var earliest = first.Time;
        var latest = first.Time;
        foreach (var preference in preferences)
        {
            if (preference.Day != first.Day)
            {
                return (first, false);
            }

            earliest = preference.Time < earliest ? preference.Time : earliest;
            latest = preference.Time > latest ? preference.Time : latest;
        }

        return latest.ToTimeSpan() - earliest.ToTimeSpan() <= WeeklyMoment.OverlapWindow
            ? (new WeeklyMoment(first.Day, latest), true)
            : (first, false);
    }
}
