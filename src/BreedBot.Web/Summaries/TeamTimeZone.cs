using BreedBot.Domain.Teams;

namespace BreedBot.Web.Summaries;

/// <summary>A team's time zone; an id this machine does not know falls back to the default rather than failing a post.</summary>
internal static class TeamTimeZone
{
    public static TimeZoneInfo Of(TeamSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return TimeZoneInfo.TryFindSystemTimeZoneById(settings.TimeZoneId, out var zone)
            || TimeZoneInfo.TryFindSystemTimeZoneById(TeamSettings.DefaultTimeZoneId, out zone)
            ? zone
            : TimeZoneInfo.Utc;
    }
}
