using BreedBot.Connector.Schema;
using BreedBot.Domain.Commands;
using BreedBot.Domain.Teams;
using BreedBot.Domain.TeamWeeks;
using BreedBot.Storage.Outbound;
using BreedBot.Storage.Teams;
using BreedBot.Web.Bot;
using BreedBot.Web.Handlers;
using BreedBot.Web.Localization;
using BreedBot.Web.Pairing;
using BreedBot.Web.Summaries;

namespace BreedBot.Web.Status;

/// <summary>
/// "@BreedBot status": for the team's owners (checked against Teams' roster, as for pairing), how many of this
/// week's and last week's reminders reached people and why the others did not — counts only, two single-partition
/// reads of <c>Deliveries</c>, never a name. Weeks are the team's ISO weeks in its own time zone.
/// </summary>
internal sealed class StatusCommand(
    TeamStore teams, TeamOwners owners, DeliveryStore deliveries, BotMessenger messenger, TimeProvider time, ILogger<StatusCommand> logger) : ICommandHandler
{
    public IReadOnlyCollection<BotCommand> Commands { get; } = [BotCommand.Status];

    public async Task HandleAsync(Activity activity, ParsedCommand command, CancellationToken ct)
    {
        var texts = StatusTexts.For(UserLanguages.FromLocale(activity.Locale));
        var tenantId = activity.GetTenantId();
        var teamId = activity.ChannelData?.Team?.Id;
        if (tenantId is null || teamId is null || await teams.GetAsync(tenantId, teamId, ct) is not { Status: InstallationStatus.Installed } team)
        {
            await messenger.ReplyTextAsync(activity, texts.OnlyInTeamChannel, ct);
            return;
        }

        if (activity.From?.Id is not { } userId || !await owners.IsOwnerAsync(team, userId, ct))
        {
            await messenger.ReplyTextAsync(activity, texts.OnlyOwners, ct);
            return;
        }

        var week = IsoWeek.Of(time.GetUtcNow(), TeamTimeZone.Of(team.Settings));
        var current = await deliveries.ListWeekAsync(tenantId, teamId, week.ToString(), ct);
        var previous = await deliveries.ListWeekAsync(tenantId, teamId, week.Previous.ToString(), ct);
        await messenger.ReplyTextAsync(activity, texts.Report(week, current, previous), ct);
        Log.DeliveryStatusShown(logger, current.Count);
    }
}
