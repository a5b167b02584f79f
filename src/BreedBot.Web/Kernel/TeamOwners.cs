using BreedBot.Connector.Client;
using BreedBot.Connector.Graph;
using BreedBot.Connector.Schema;
using BreedBot.Domain.Teams;
using BreedBot.Storage;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Kernel;

/// <summary>
/// Whether the sender of an activity owns a team, asked at the moment of the action — never taken from card data.
/// Microsoft Graph says it (<c>roles</c> contains "owner"), with the consent a team owner grants when adding BreedBot;
/// its answer is kept per team for at most <see cref="KeepOwnersFor"/>, so a demoted owner loses the right within
/// that time. When Graph cannot be asked (no consent, unavailable, slow) Teams' roster decides (<c>userRole</c>
/// "owner"), and a refusal then says whether missing consent may be the reason.
/// </summary>
internal sealed class TeamOwners(GraphClient graph, ConnectorClient connector, TeamGroups groups, TeamOwnerMemory memory, ILogger<TeamOwners> logger)
{
    public static readonly TimeSpan KeepOwnersFor = TimeSpan.FromMinutes(5);

    public async Task<Ownership> CheckAsync(TeamInstallation team, Activity activity, CancellationToken ct)
    {
        if (activity.From?.Id is not { } userId)
        {
            return Ownership.NotOwner;
        }

        var (owners, noConsent) = await OwnersFromGraphAsync(team, activity, ct);
        if (owners is not null)
        {
            // Graph is the truth when it answers: a roster that says otherwise is not asked.
            return activity.From.AadObjectId is { } objectId && owners.Contains(objectId) ? Ownership.Owner : Ownership.NotOwner;
        }

        if (await RosterSaysOwnerAsync(team, userId, ct))
        {
            return Ownership.Owner;
        }

        return noConsent ? Ownership.NoConsent : Ownership.NotOwner;
    }

    /// <summary>
    /// For a button that records who changed what: the presser's member key (<see cref="ActivityAddress.UserKey"/>) when
    /// they own the team now, else null — with what BreedBot found out, for the refusal's words.
    /// </summary>
    public async Task<(string? OwnerKey, Ownership Ownership)> OwnerKeyAsync(TeamInstallation team, Activity activity, CancellationToken ct)
    {
        if (ActivityAddress.UserKey(activity.From) is not { } key)
        {
            return (null, Ownership.NotOwner);
        }

        var ownership = await CheckAsync(team, activity, ct);
        return (ownership == Ownership.Owner ? key : null, ownership);
    }

    private async Task<(IReadOnlySet<string>? Owners, bool NoConsent)> OwnersFromGraphAsync(TeamInstallation team, Activity activity, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(activity.From?.AadObjectId) || await groups.GroupIdAsync(team, activity, ct) is not { } groupId)
        {
            return (null, false);
        }

        if (memory.Owners.TryGet((team.TenantId, groupId), out var known))
        {
            return (known, false);
        }

        try
        {
            var members = await graph.ListTeamMembersAsync(team.TenantId, groupId, ct);
            var owners = members.Where(m => m.IsOwner).Select(m => m.UserId).ToHashSet(StringComparer.OrdinalIgnoreCase);
            memory.Owners.Keep((team.TenantId, groupId), owners);
            return (owners, false);
        }
        catch (GraphException e)
        {
            Log.OwnersFromRoster(logger, e.Kind);
            return (null, e.Kind == GraphErrorKind.ConsentMissing);
        }
    }

    private async Task<bool> RosterSaysOwnerAsync(TeamInstallation team, string userId, CancellationToken ct)
    {
        try
        {
            var member = await connector.GetMemberAsync(new Uri(team.Channel.ServiceUrl), team.TeamId, userId, ct);
            return string.Equals(member.UserRole, "owner", StringComparison.OrdinalIgnoreCase);
        }
        catch (ConnectorException e) when (e.Kind == ConnectorErrorKind.NotFound)
        {
            return false;
        }
    }
}

/// <summary>The owners Graph listed per team, kept by this instance for <see cref="TeamOwners.KeepOwnersFor"/>.</summary>
internal sealed class TeamOwnerMemory(TimeProvider time)
{
    public ShortMemory<(string TenantId, string GroupId), IReadOnlySet<string>> Owners { get; } = new(time, TeamOwners.KeepOwnersFor, 10_000);
}
