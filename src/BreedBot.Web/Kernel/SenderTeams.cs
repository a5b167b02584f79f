using BreedBot.Connector.Schema;
using BreedBot.Domain.Members;
using BreedBot.Domain.Teams;
using BreedBot.Storage.Members;
using BreedBot.Storage.Teams;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Kernel;

/// <summary>
/// The teams the sender of a personal message belongs to, with their membership: installed teams
/// of the sender's own tenant only, and never a team they were removed from.
/// </summary>
internal sealed class SenderTeams(MemberStore members, TeamStore teams)
{
    public async Task<IReadOnlyList<(TeamInstallation Team, TeamMember Member)>> OfAsync(Activity activity, CancellationToken ct)
    {
        var tenantId = activity.GetTenantId();
        var userKey = ActivityAddress.UserKey(activity.From);
        if (tenantId is null || userKey is null)
        {
            return [];
        }

        var result = new List<(TeamInstallation, TeamMember)>();
        foreach (var (teamId, _) in await members.ListTeamsOfAsync(tenantId, userKey, ct))
        {
            if (await teams.GetAsync(tenantId, teamId, ct) is { Status: InstallationStatus.Installed } team
                && await members.GetAsync(tenantId, teamId, userKey, ct) is { Status: not MembershipStatus.Removed } member)
            {
                result.Add((team, member));
            }
        }

        return result;
    }
}
