using BreedBot.Connector.Client;
using BreedBot.Domain.Teams;

namespace BreedBot.Web.Pairing;

/// <summary>
/// Whether someone owns a team, asked of Teams' roster at the moment of the action — never taken
/// from card data or remembered, so a demoted owner loses the right at once.
/// </summary>
internal sealed class TeamOwners(ConnectorClient connector)
{
    public async Task<bool> IsOwnerAsync(TeamInstallation team, string teamsUserId, CancellationToken ct)
    {
        try
        {
            var member = await connector.GetMemberAsync(new Uri(team.Channel.ServiceUrl), team.TeamId, teamsUserId, ct);
            return string.Equals(member.UserRole, "owner", StringComparison.OrdinalIgnoreCase);
        }
        catch (ConnectorException e) when (e.Kind == ConnectorErrorKind.NotFound)
        {
            return false;
        }
    }
}
