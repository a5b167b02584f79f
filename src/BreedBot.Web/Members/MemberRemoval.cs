using BreedBot.Domain.Members;
using BreedBot.Domain.Teams;
using BreedBot.Storage.Members;
using BreedBot.Web.Kernel;

namespace BreedBot.Web.Members;

/// <summary>
/// Someone is no longer in the team — removed by an owner, gone from the tenant, or their account
/// deleted: their membership is marked removed and their duo mended, the partner told neutrally.
/// </summary>
internal sealed class MemberRemoval(MemberStore members, IMemberDepartures departures)
{
    public async Task RemoveAsync(TeamInstallation team, string memberKey, CancellationToken ct)
    {
        await members.UpdateAsync(team.TenantId, team.TeamId, memberKey, (m, now) => m.Remove(now), ct);
        await departures.OnLeftAsync(team, memberKey, ct);
    }

    /// <summary>
    /// After a complete read of the team's roster: whoever BreedBot still counts as a member but
    /// Teams no longer lists has left, even when Teams never sent a removal (a deleted account
    /// leaves without an event). Returns how many were removed.
    /// </summary>
    public async Task<int> RemoveAbsentAsync(TeamInstallation team, IReadOnlySet<string> rosterKeys, CancellationToken ct)
    {
        if (rosterKeys.Count == 0)
        {
            // An empty roster is a failed read, not a team that everybody left at once.
            return 0;
        }

        var gone = (await members.ListTeamAsync(team.TenantId, team.TeamId, ct))
            .Where(m => m.Status != MembershipStatus.Removed && !rosterKeys.Contains(m.MemberKey))
            .ToList();
        foreach (var member in gone)
        {
            await RemoveAsync(team, member.MemberKey, ct);
        }

        return gone.Count;
    }
}
