using BreedBot.Connector.Schema;
using BreedBot.Domain.Commands;
using BreedBot.Domain.Teams;
using BreedBot.Domain.TeamWeeks;
using BreedBot.Storage.Outbound;
using BreedBot.Storage.Teams;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Status;

/// <summary>
/// "@BreedBot status": for the team's owners (<see cref="TeamOwners"/>, as for pairing), how many of this week's and
/// last week's reminders reached people and why the others did not — counts only, two single-partition reads of
/// <c>Deliveries</c>, never a name. Weeks are the team's ISO weeks in its own time zone. The answer, and a refusal,
/// go to the asker in private (<see cref="PrivateReplies"/>).
/// </summary>
internal sealed class StatusCommandHandler(
    TeamStore teams, TeamOwners owners, DeliveryStore deliveries, BotMessenger messenger, PrivateReplies privately, TimeProvider time, ILogger<StatusCommandHandler> logger)
    : ICommandHandler
{
    public IReadOnlyCollection<BotCommand> Commands { get; } = [BotCommand.Status];

    public async Task HandleAsync(Activity activity, ParsedCommand command, CancellationToken ct)
    {
        var language = UserLanguages.FromLocale(activity.Locale);
        var texts = StatusTexts.For(language);
        var tenantId = activity.GetTenantId();
        var teamId = activity.ChannelData?.Team?.Id;
        if (tenantId is null || teamId is null || await teams.GetAsync(tenantId, teamId, ct) is not { Status: InstallationStatus.Installed } team)
        {
            await messenger.ReplyTextAsync(activity, texts.OnlyInTeamChannel, ct);
            return;
        }

        var ownership = await owners.CheckAsync(team, activity, ct);
        if (ownership != Ownership.Owner)
        {
            await privately.SendTextAsync(activity, team, OwnerTexts.Refusal(language, ownership, texts.OnlyOwners), ct);
            return;
        }

        var week = IsoWeek.Of(time.GetUtcNow(), team.Settings.Zone);
        var current = await deliveries.ListWeekAsync(tenantId, teamId, week.ToString(), ct);
        var previous = await deliveries.ListWeekAsync(tenantId, teamId, week.Previous.ToString(), ct);
        await privately.SendTextAsync(activity, team, texts.Report(week, current, previous), ct);
        Log.DeliveryStatusShown(logger, current.Count);
    }
}
