using BreedBot.Domain.Members;
using BreedBot.Domain.Outbound;
using BreedBot.Domain.Teams;
using BreedBot.Storage.Members;

namespace BreedBot.Web.Outbound;

/// <summary>
/// Who a queued message is for, looked up at send time: the team must still have BreedBot, a person must
/// still be in it. <see cref="Gone"/> = their data was erased: nothing is sent and nothing about them recorded.
/// </summary>
internal sealed record OutboundTarget(TeamInstallation? Team, TeamMember? Member, DeliveryOutcome? Unreachable, bool Gone)
{
    public static async Task<OutboundTarget> ResolveAsync(OutboundEnvelope envelope, RecentTeams teams, MemberStore members, CancellationToken ct)
    {
        if (envelope.Conversation is not null && envelope.TeamId == OutboundMessage.NoTeam)
        {
            // A late reply in a personal chat: the person wrote there a moment ago.
            return new(null, null, null, Gone: false);
        }

        var team = await teams.GetAsync(envelope.TenantId, envelope.TeamId, ct);
        if (team is not { Status: InstallationStatus.Installed })
        {
            return new(team, null, DeliveryOutcome.BotNotInstalled, Gone: false);
        }

        if (envelope.RecipientKey is null || envelope.Conversation is not null)
        {
            return new(team, null, null, Gone: false);
        }

        var member = await members.GetAsync(envelope.TenantId, envelope.TeamId, envelope.RecipientKey, ct);
        return member switch
        {
            null => new(team, null, DeliveryOutcome.NotFound, Gone: true),
            { Status: MembershipStatus.Removed } => new(team, member, DeliveryOutcome.NotFound, Gone: false),
            _ => new(team, member, null, Gone: false),
        };
    }
}
