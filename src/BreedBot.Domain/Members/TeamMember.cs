namespace BreedBot.Domain.Members;

/// <summary>One person in one team, as BreedBot knows them.</summary>
public sealed record TeamMember(
    string TenantId,
    string TeamId,
    string MemberKey,
    string TeamsUserId,
    string? Name,
    MembershipStatus Status,
    MemberProfile? Profile,
    PauseWindow? Pause,
    DateTimeOffset StatusChangedAt)
{
    /// <summary>Joined, with a profile, and not paused on <paramref name="date"/>.</summary>
    public bool IsAvailableOn(DateOnly date) =>
        Status == MembershipStatus.Joined && Profile is not null && Pause?.Covers(date) != true;
}
