using BreedBot.Connector.Client;
using BreedBot.Connector.Schema;
using BreedBot.Domain.Teams;
using BreedBot.Storage.Teams;

namespace BreedBot.Web.Kernel;

/// <summary>
/// The team's Entra group id, by which Graph knows the team: as stored, else from the activity's
/// <c>channelData.team.aadGroupId</c>, else from Teams' team details (<c>GET v3/teams/{id}</c>) — stored once found.
/// </summary>
internal sealed class TeamGroups(TeamStore teams, ConnectorClient connector, ILogger<TeamGroups> logger)
{
    public async Task<string?> GroupIdAsync(TeamInstallation team, Activity? activity, CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(team.AadGroupId))
        {
            return team.AadGroupId;
        }

        var found = activity?.ChannelData?.Team is { } info && info.Id == team.TeamId && !string.IsNullOrEmpty(info.AadGroupId)
            ? info.AadGroupId
            : await FromTeamDetailsAsync(team, ct);
        if (found is not null)
        {
            await teams.SetAadGroupIdAsync(team.TenantId, team.TeamId, found, ct);
        }

        return found;
    }

    private async Task<string?> FromTeamDetailsAsync(TeamInstallation team, CancellationToken ct)
    {
        try
        {
            var details = await connector.GetTeamDetailsAsync(new Uri(team.Channel.ServiceUrl), team.TeamId, ct);
            return string.IsNullOrEmpty(details.AadGroupId) ? null : details.AadGroupId;
        }
        catch (ConnectorException e)
        {
            Log.TeamGroupUnknown(logger, e.Kind);
            return null;
        }
    }
}
