using BreedBot.Connector.Schema;
using BreedBot.Domain.Teams;
using BreedBot.Storage.Teams;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Installation;

/// <summary>BreedBot installed in or removed from a team: the team row and the channel welcome.</summary>
internal sealed class TeamInstallHandler(
    TeamStore teams, BotMessenger messenger, IRosterChanges roster, TeamGroups groups, ILogger<TeamInstallHandler> logger)
{
    public async Task OnInstalledAsync(Activity activity, CancellationToken ct)
    {
        if (ActivityAddress.TryGetTeam(activity, out var tenantId, out var teamId, out var channel) is false)
        {
            Log.InstallWithoutAddress(logger, "team");
            return;
        }

        var info = activity.ChannelData!.Team!;
        // Teams announces one install twice, side by side: installationUpdate, the bot's own install event with the
        // installer's locale, and a teamMemberAdded conversationUpdate naming the bot, without one. Only the first sets
        // the team's language; the welcome and the invitations are written in it, so they wait for it when it is unknown.
        var installEvent = activity.Type == ActivityTypes.InstallationUpdate;
        var team = await teams.RecordInstallAsync(tenantId, teamId, info.Name, info.AadGroupId, channel, activity.Locale, installEvent, ct);
        Log.TeamInstalled(logger, teamId.Length);
        if (team.Locale is null && !installEvent)
        {
            Log.InstallLanguageAwaited(logger);
            return;
        }

        // Graph knows the team by its Entra group id; when the event did not carry it, Teams' team details do.
        await groups.GroupIdAsync(team, activity, ct);
        await PostWelcomeOnceAsync(team, ct);

        var gone = await roster.InstalledAsync(team, ct);
        if (gone > 0)
        {
            Log.MembersRemoved(logger, gone);
        }
    }

    /// <summary>Members added to or removed from a team BreedBot is installed in.</summary>
    public async Task OnMembersChangedAsync(Activity activity, CancellationToken ct)
    {
        var tenantId = activity.GetTenantId();
        var teamId = activity.ChannelData?.Team?.Id;
        if (tenantId is null || teamId is null || await teams.GetAsync(tenantId, teamId, ct) is not { Status: InstallationStatus.Installed } team)
        {
            return;
        }

        var botId = activity.Recipient?.Id;
        var added = (activity.MembersAdded ?? []).Where(m => m.Id != botId).Select(RosterPerson.From).OfType<RosterPerson>().ToList();
        var removed = (activity.MembersRemoved ?? []).Where(m => m.Id != botId).Select(RosterPerson.From).OfType<RosterPerson>().ToList();
        await roster.ChangedAsync(team, added, removed, ct);
    }

    private async Task PostWelcomeOnceAsync(TeamInstallation team, CancellationToken ct)
    {
        var (tenantId, teamId, channel) = (team.TenantId, team.TeamId, team.Channel);
        if (!await teams.TryClaimWelcomeAsync(tenantId, teamId, ct))
        {
            return;
        }

        try
        {
            // The answer to the install event, in the channel it came from: sent at once, not queued.
            var language = RecipientLanguages.OfTeam(team);
            await messenger.PostCardAsync(channel, WelcomeTeamCard.Render(language), UserLanguages.Locale(language), ct);
        }
        catch
        {
            // Give the welcome back so a redelivered install event can post it.
            await teams.ReleaseWelcomeAsync(tenantId, teamId, CancellationToken.None);
            throw;
        }
    }

    public async Task OnRemovedAsync(Activity activity, InstallationStatus status, CancellationToken ct)
    {
        var tenantId = activity.GetTenantId();
        var teamId = activity.ChannelData?.Team?.Id;
        if (string.IsNullOrEmpty(tenantId) || string.IsNullOrEmpty(teamId))
        {
            return;
        }

        await teams.RecordRemovalAsync(tenantId, teamId, status, ct);
        Log.TeamRemoved(logger, status);
    }
}
