using BreedBot.Domain.Members;

namespace BreedBot.Domain.DuoWeeks;

/// <summary>
/// What the schedule needs of one member of a duo: whether they take part (joined), their pause, and
/// their own Teams time zone when BreedBot has seen it.
/// </summary>
public sealed record DuoPartner(string MemberKey, bool Joined, PauseWindow? Pause, string? TimeZoneId)
{
    public bool TakesPartOn(DateOnly date) => Joined && Pause?.Covers(date) != true;
}
