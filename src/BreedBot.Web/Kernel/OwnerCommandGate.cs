using BreedBot.Connector.Schema;
using BreedBot.Domain.Teams;
using BreedBot.Storage.Teams;
using BreedBot.Web.Localization;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Kernel;

/// <summary>
/// The door of an owner's command typed in a team's channel ("status", "instellingen", "overzicht", "koppel duo's",
/// "rotatie"): the channel's team, with BreedBot installed, and a sender who owns it now (<see cref="TeamOwners"/>).
/// One read of the team's row, then the owner check. Whoever is turned away hears it in the feature's own words: in
/// the thread when this is no installed team's channel, in private (<see cref="PrivateReplies"/>) when they are not
/// (seen as) an owner.
/// </summary>
internal sealed class OwnerCommandGate(TeamStore teams, TeamOwners owners, BotMessenger messenger, PrivateReplies privately)
{
    /// <summary>What a non-owner's refusal is logged as, by the feature's own log line.</summary>
    public const string NotOwner = "not-owner";

    /// <summary>
    /// The installed team of this channel message when its sender owns it; otherwise null, and the sender has been
    /// answered. <paramref name="logRefusal"/> writes the feature's log line for a non-owner (null: the feature logs
    /// none); a message outside an installed team's channel is a mistake of place and is only answered.
    /// </summary>
    /// <param name="onlyOwners">The feature's "alleen eigenaren", from the team when it speaks of it (its summary day, say).</param>
    public async Task<TeamInstallation?> OwnedTeamAsync(
        Activity activity, string onlyInTeamChannel, Func<TeamInstallation, string> onlyOwners, Action<string>? logRefusal, CancellationToken ct)
    {
        var (team, ownership) = await CheckAsync(activity, ct);
        if (team is null)
        {
            await messenger.ReplyTextAsync(activity, onlyInTeamChannel, ct);
            return null;
        }

        if (ownership != Ownership.Owner)
        {
            logRefusal?.Invoke(NotOwner);
            await privately.SendTextAsync(activity, team, OwnerTexts.Refusal(UserLanguages.FromLocale(activity.Locale), ownership, onlyOwners(team)), ct);
            return null;
        }

        return team;
    }

    /// <summary>The same, with one "alleen eigenaren" for every team.</summary>
    public Task<TeamInstallation?> OwnedTeamAsync(Activity activity, string onlyInTeamChannel, string onlyOwners, Action<string>? logRefusal, CancellationToken ct) =>
        OwnedTeamAsync(activity, onlyInTeamChannel, _ => onlyOwners, logRefusal, ct);

    /// <summary>
    /// The installed team of this channel message and whether its sender owns it, answering no one: for a button that
    /// answers on its own card. No team (and <see cref="Ownership.NotOwner"/>) outside an installed team's channel.
    /// </summary>
    public async Task<(TeamInstallation? Team, Ownership Ownership)> CheckAsync(Activity activity, CancellationToken ct)
    {
        var tenantId = activity.GetTenantId();
        var teamId = activity.ChannelData?.Team?.Id;
        if (tenantId is null || teamId is null || await teams.GetAsync(tenantId, teamId, ct) is not { Status: InstallationStatus.Installed } team)
        {
            return (null, Ownership.NotOwner);
        }

        return (team, await owners.CheckAsync(team, activity, ct));
    }
}
