using BreedBot.Domain.Pairing;

namespace BreedBot.Domain.Members;

/// <summary>
/// One person in one team, as BreedBot knows them. <see cref="UserPrincipalName"/> comes from the
/// roster and is used only for the Teams deep links that open a chat or a meeting with a partner.
/// </summary>
public sealed record TeamMember(
    string TenantId,
    string TeamId,
    string MemberKey,
    string TeamsUserId,
    string? Name,
    MembershipStatus Status,
    MemberProfile? Profile,
    PauseWindow? Pause,
    DateTimeOffset StatusChangedAt,
    string? UserPrincipalName = null)
{
    /// <summary>The person's own Teams time zone (IANA id from the client), when BreedBot has seen one; their moments are in it.</summary>
    public string? TimeZoneId { get; init; }

    /// <summary>Joined, with a profile, and not paused on <paramref name="date"/>.</summary>
    public bool IsAvailableOn(DateOnly date) =>
        Status == MembershipStatus.Joined && Profile is not null && Pause?.Covers(date) != true;

    /// <summary>What the pairer needs of this member; only for members with a profile.</summary>
    public PairingCandidate AsCandidate() => Profile is { } profile
        ? new PairingCandidate(MemberKey, profile.Role, profile.YearsOfExperience, profile.PreferredMoment, profile.NotWith.ToHashSet(StringComparer.Ordinal))
        : throw new InvalidOperationException("A member without a profile cannot be paired.");
}
