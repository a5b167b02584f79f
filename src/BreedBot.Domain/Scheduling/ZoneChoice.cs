namespace BreedBot.Domain.Scheduling;

/// <summary>
/// Which time zone a member's moments are in: their own Teams time zone when BreedBot has seen it,
/// else their team's, else Europe/Amsterdam. An id this machine does not know counts as absent.
/// </summary>
public static class ZoneChoice
{
    public const string FallbackId = "Europe/Amsterdam";

    public static TimeZoneInfo For(string? memberZoneId, string? teamZoneId) =>
        Find(memberZoneId) ?? Find(teamZoneId) ?? Find(FallbackId) ?? TimeZoneInfo.Utc;

    public static TimeZoneInfo? Find(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone) ? zone : null;
}
