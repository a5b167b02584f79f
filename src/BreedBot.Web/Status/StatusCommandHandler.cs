using BreedBot.Connector.Schema;
using BreedBot.Domain.Commands;
using BreedBot.Domain.TeamWeeks;
using BreedBot.Storage.Outbound;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Status;

/// <summary>
/// "@BreedBot status": for the team's owners (<see cref="OwnerCommandGate"/>, as for pairing), how many of this week's and
/// last week's reminders reached people and why the others did not — counts only, two single-partition reads of
/// <c>Deliveries</c> side by side, never a name. Weeks are the team's ISO weeks in its own time zone. The answer, and a refusal,
/// go to the asker in private (<see cref="PrivateReplies"/>).
/// </summary>
internal sealed class StatusCommandHandler(
    OwnerCommandGate gate, DeliveryStore deliveries, PrivateReplies privately, TimeProvider time, ILogger<StatusCommandHandler> logger)
    : ICommandHandler
{
    public IReadOnlyCollection<BotCommand> Commands { get; } = [BotCommand.Status];

    public async Task HandleAsync(Activity activity, ParsedCommand command, CancellationToken ct)
    {
        var texts = StatusTexts.For(UserLanguages.FromLocale(activity.Locale));
        if (await gate.OwnedTeamAsync(activity, texts.OnlyInTeamChannel, texts.OnlyOwners, logRefusal: null, ct) is not { } team)
        {
            return;
        }

        var week = IsoWeek.Of(time.GetUtcNow(), team.Settings.Zone);
        var current = deliveries.ListWeekAsync(team.TenantId, team.TeamId, week.ToString(), ct);
        var previous = deliveries.ListWeekAsync(team.TenantId, team.TeamId, week.Previous.ToString(), ct);
        await Task.WhenAll(current, previous);
        await privately.SendTextAsync(activity, team, texts.Report(week, current.Result, previous.Result), ct);
        Log.DeliveryStatusShown(logger, current.Result.Count);
    }
}
