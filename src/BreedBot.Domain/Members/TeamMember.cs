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

    /// <summary>
    /// "Ook een duopartner buiten mijn team": in a team of the organisation pool, also paired across teams
    /// (<see cref="OrganisationPool"/>). Off unless the member chose it.
    /// </summary>
    public bool PoolOptIn { get; init; }

    /// <summary>Joined, with a profile, and not paused on <paramref name="date"/>.</summary>
    public bool IsAvailableOn(DateOnly date) =>
        Status == MembershipStatus.Joined && Profile is not null && Pause?.Covers(date) != true;

    /// <summary>Takes part with these answers; the moment of joining stays when they already took part (a changed profile).</summary>
    public TeamMember Join(MemberProfile profile, DateTimeOffset now) =>
        this with { Status = MembershipStatus.Joined, Profile = profile, StatusChangedAt = Status == MembershipStatus.Joined ? StatusChangedAt : now };

    /// <summary>
    /// "Niet nu" on the invitation. It answers an invitation only: a member who takes part leaves with <see cref="Stop"/>,
    /// which also mends their duo, so an old invitation's "Niet nu" changes nothing for them.
    /// </summary>
    public TeamMember Decline(DateTimeOffset now) =>
        Status == MembershipStatus.Joined ? this : WithStatus(MembershipStatus.Declined, now);

    /// <summary>"stop": no duos, no reminders; the answers stay until the person deletes them.</summary>
    public TeamMember Stop(DateTimeOffset now) => WithStatus(MembershipStatus.Stopped, now);

    /// <summary>No longer in the team (removed by an owner, gone from the tenant, account deleted).</summary>
    public TeamMember Remove(DateTimeOffset now) => WithStatus(MembershipStatus.Removed, now);

    /// <summary>"pauze tot": not paired from <paramref name="today"/> up to and including <paramref name="until"/>.</summary>
    public TeamMember PauseUntil(DateOnly today, DateOnly until) => this with { Pause = new PauseWindow(today, until) };

    /// <summary>Ends a pause early: paired again from the next rotation or mend on.</summary>
    public TeamMember EndPause() => this with { Pause = null };

    /// <summary>Paused on <paramref name="date"/> (the pause has not ended yet).</summary>
    public bool IsPausedOn(DateOnly date) => Pause is { } pause && pause.Until >= date;

    /// <summary>What the pairer needs of this member; only for members with a profile.</summary>
    public PairingCandidate AsCandidate() => Profile is { } profile
        ? new PairingCandidate(MemberKey, profile.Role, profile.YearsOfExperience, profile.PreferredMoment, profile.NotWith.ToHashSet(StringComparer.Ordinal)) { Cluster = profile.Cluster }
        : throw new InvalidOperationException("A member without a profile cannot be paired.");

    // A repeated request changes nothing, so the moment of the change stays the first one.
    private TeamMember WithStatus(MembershipStatus status, DateTimeOffset now) =>
        Status == status ? this : this with { Status = status, StatusChangedAt = now };
}
