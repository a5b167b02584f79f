using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.Members;
using BreedBot.Domain.Teams;

namespace BreedBot.Web.DuoWeeks;

/// <summary>One duo of a team's rotation with everything the reminders need to act on it.</summary>
internal sealed record DuoContext(DuoTeam Team, DuoSchedule Schedule, IReadOnlyList<TeamMember> Everyone)
{
    public string? NameOf(string memberKey) => Everyone.FirstOrDefault(m => m.MemberKey == memberKey)?.Name;

    public IReadOnlyList<string> PartnerNamesOf(string memberKey) =>
        [.. Schedule.OrderedMembers.Where(m => m != memberKey).Select(m => NameOf(m) ?? "?")];
}

/// <summary>The team of a duo as its reminder cards name it.</summary>
internal sealed record DuoTeam(string TenantId, string TeamId, string? TeamName)
{
    public static DuoTeam Of(TeamInstallation team)
    {
        ArgumentNullException.ThrowIfNull(team);
        return new(team.TenantId, team.TeamId, team.TeamName);
    }
}
