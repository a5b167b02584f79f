using BreedBot.Storage.Retention;
using BreedBot.Storage.Teams;
using Microsoft.Extensions.Options;

namespace BreedBot.Web.Retention;

/// <summary>
/// Removes the data of teams that removed BreedBot longer ago than the grace period. A team that
/// reinstalled within it is Installed again and never listed here, so it keeps everything.
/// </summary>
internal sealed class TeamDataRetention(TeamStore teams, TeamDataPurge purge, IOptions<RetentionOptions> options, ILogger<TeamDataRetention> logger) : IRetentionRule
{
    public async Task<int> ApplyAsync(DateTimeOffset now, CancellationToken ct)
    {
        var grace = TimeSpan.FromDays(options.Value.TeamGraceDays);
        var purged = 0;
        foreach (var team in await teams.ListRemovedAsync(ct))
        {
            if (now - team.StatusChangedAt < grace)
            {
                continue;
            }

            var rows = await purge.PurgeAsync(team.TenantId, team.TeamId, ct);
            Log.TeamDataPurged(logger, rows);
            purged++;
        }

        return purged;
    }
}
