using System.Collections.Concurrent;
using BreedBot.Domain.Teams;
using BreedBot.Storage.Teams;

namespace BreedBot.Web.Outbound;

/// <summary>
/// The team rows the send workers read, kept for a few seconds. A weekly fan-out sends a message per member
/// of a team within seconds, and the row (installed, channel address) rarely changes; a send to a team that
/// removed BreedBot meanwhile is refused by Teams and recorded as such.
/// </summary>
internal sealed class RecentTeams(TeamStore teams, TimeProvider time)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromSeconds(5);
    private const int Many = 1_000;
    private readonly ConcurrentDictionary<(string TenantId, string TeamId), (TeamInstallation? Team, DateTimeOffset ReadAt)> recent = new();

    public async Task<TeamInstallation?> GetAsync(string tenantId, string teamId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (recent.TryGetValue((tenantId, teamId), out var known) && now - known.ReadAt < KeepFor)
        {
            return known.Team;
        }

        var team = await teams.GetAsync(tenantId, teamId, ct);
        if (recent.Count >= Many)
        {
            // Only the last few seconds are worth keeping.
            foreach (var old in recent.Where(entry => now - entry.Value.ReadAt >= KeepFor))
            {
                recent.TryRemove(old);
            }
        }

        recent[(tenantId, teamId)] = (team, now);
        return team;
    }
}
