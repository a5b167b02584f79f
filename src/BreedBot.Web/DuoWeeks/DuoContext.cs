using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.Members;
using BreedBot.Domain.Pairing;
using BreedBot.Domain.Teams;

namespace BreedBot.Web.DuoWeeks;

/// <summary>One duo of a team's rotation with everything the reminders need to act on it.</summary>
internal sealed record DuoContext(DuoTeam Team, DuoSchedule Schedule, IReadOnlyList<TeamMember> Everyone)
{
    /// <summary>
    /// For a duo of the organisation pool: each member's own team, where the duo's facts are also counted
    /// (<see cref="DuoWeekFacts.CountInOwnTeamsAsync"/>). Null for a team's own duo.
    /// </summary>
    public IReadOnlyDictionary<string, string>? Homes { get; init; }

    /// <summary>
    /// The team a member's messages about this duo go out and are recorded under: their own team for a pool duo (the
    /// send workers find them there, and its owners' status counts them), else the duo's team.
    /// </summary>
    public string TeamOf(string memberKey) => Homes?.GetValueOrDefault(memberKey) ?? Team.TeamId;

    public string? NameOf(string memberKey) => Everyone.FirstOrDefault(m => m.MemberKey == memberKey)?.Name;

    public IReadOnlyList<string> PartnerNamesOf(string memberKey) =>
        [.. Schedule.OrderedMembers.Where(m => m != memberKey).Select(m => NameOf(m) ?? "?")];
}

/// <summary>The team of a duo as its reminder cards name it, with its language (<see cref="TeamInstallation.Locale"/>).</summary>
internal sealed record DuoTeam(string TenantId, string TeamId, string? TeamName, string? Locale = null)
{
    public static DuoTeam Of(TeamInstallation team)
    {
        ArgumentNullException.ThrowIfNull(team);
        return new(team.TenantId, team.TeamId, team.TeamName, team.Locale);
    }

    /// <summary>
    /// The organisation pool as a duo's team: its scope, and "organisatiepool" where the cards name a team (a name, like
    /// a team's, in both languages).
    /// </summary>
    public static DuoTeam Pool(string tenantId) => new(tenantId, OrganisationPool.ScopeId, OrganisationPool.Name);
}
