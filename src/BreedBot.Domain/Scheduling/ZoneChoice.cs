namespace BreedBot.Domain.Scheduling;

/// <summary>
/// Which time zone a member's moments are in: their own Teams time zone when BreedBot has seen it,
/// else their team's, else <see cref="DefaultId"/>. An id this machine does not know counts as absent.
/// </summary>
public static class ZoneChoice
{
    /// <summary>BreedBot's zone wherever nobody chose one: a team's default, a person's reflections, the retention run, the week a delivery is filed under.</summary>
    public const string DefaultId = "Europe/Amsterdam";

    /// <summary>The zone of <see cref="DefaultId"/> (UTC on a machine that does not know it).</summary>
    public static TimeZoneInfo Default { get; } = Find(DefaultId) ?? TimeZoneInfo.Utc;

    public static TimeZoneInfo For(string? memberZoneId, string? teamZoneId) =>
        Find(memberZoneId) ?? Find(teamZoneId) ?? Default;

    public static TimeZoneInfo? Find(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone) ? zone : null;
}
