using BreedBot.Domain.Teams;
using BreedBot.Web.Kernel;

namespace BreedBot.Web.Members;

/// <summary>
/// What a team's roster means for its members: invitations for whoever is new (in Dutch, as every proactive
/// message), and the leaving of whoever is gone.
/// </summary>
internal sealed class RosterChanges(RosterInvitations invitations, MemberRemoval removal, ILogger<RosterChanges> logger) : IRosterChanges
{
    public async Task<int> InstalledAsync(TeamInstallation team, CancellationToken ct)
    {
        // Every delivery reads the roster: invitations already sent are not repeated, and one that failed half-way is
        // completed when Teams delivers the event again. People who left while BreedBot was not installed (or without
        // any event) leave their duos now.
        var present = await invitations.InviteRosterAsync(team, ct);
        return await removal.RemoveAbsentAsync(team, present, ct);
    }

    public async Task ChangedAsync(TeamInstallation team, IReadOnlyList<RosterPerson> added, IReadOnlyList<RosterPerson> removed, CancellationToken ct)
    {
        if (added.Count > 0)
        {
            var invited = await invitations.InviteAddedAsync(team, added, ct);
            Log.InvitationsSent(logger, invited);
        }

        foreach (var person in removed)
        {
            await removal.RemoveAsync(team, person.Key, ct);
        }

        if (removed.Count > 0)
        {
            Log.MembersRemoved(logger, removed.Count);
        }
    }
}
