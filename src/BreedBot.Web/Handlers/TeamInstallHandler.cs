using BreedBot.Connector.Schema;
using BreedBot.Domain.Teams;
using BreedBot.Storage.Teams;
using BreedBot.Web.Bot;
using BreedBot.Web.Cards;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Handlers;

/// <summary>BreedBot installed in or removed from a team: the team row and the channel welcome.</summary>
internal sealed class TeamInstallHandler(TeamStore teams, BotMessenger messenger, ILogger<TeamInstallHandler> logger)
{
    public async Task OnInstalledAsync(Activity activity, CancellationToken ct)
    {
        if (ActivityAddress.TryGetTeam(activity, out var tenantId, out var teamId, out var channel) is false)
        {
            Log.InstallWithoutAddress(logger, "team");
            return;
        }

        var team = activity.ChannelData!.Team!;
        await teams.RecordInstallAsync(tenantId, teamId, team.Name, team.AadGroupId, channel, ct);
        Log.TeamInstalled(logger, teamId.Length);
        if (!await teams.TryClaimWelcomeAsync(tenantId, teamId, ct))
        {
            return;
        }

        try
        {
            await messenger.PostCardAsync(channel, WelcomeTeamCard.Render(UserLanguages.FromLocale(activity.Locale)), activity.Locale, ct);
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
