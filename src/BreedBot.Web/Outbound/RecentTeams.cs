using BreedBot.Domain.Teams;
using BreedBot.Storage;
using BreedBot.Storage.Teams;

namespace BreedBot.Web.Outbound;

/// <summary>
/// The team rows the send workers read, kept for a few seconds. A weekly fan-out sends a message per member
/// of a team within seconds, and the row (installed, channel address) rarely changes; a send to a team that
/// removed BreedBot meanwhile is refused by Teams and recorded as such.
/// </summary>
internal sealed class RecentTeams(TeamStore teams, TimeProvider time)
{
    private readonly ShortMemory<(string TenantId, string TeamId), TeamInstallation?> recent = new(time, TimeSpan.FromSeconds(5), 1_000);

    public async Task<TeamInstallation?> GetAsync(string tenantId, string teamId, CancellationToken ct)
    {
        if (recent.TryGet((tenantId, teamId), out var known))
        {
            return known;
        }

        var team = await teams.GetAsync(tenantId, teamId, ct);
        recent.Keep((tenantId, teamId), team);
        return team;
    }
}
