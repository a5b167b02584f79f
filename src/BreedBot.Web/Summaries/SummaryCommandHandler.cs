using BreedBot.Connector.Schema;
using BreedBot.Domain.Commands;
using BreedBot.Domain.Teams;
using BreedBot.Storage.Teams;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Summaries;

/// <summary>
/// "@BreedBot overzicht": an owner posts this week's summary now, in the channel. It is an extra
/// post; the scheduled summary still comes at the team's day and time, and only the scheduled one
/// carries the week's courage stories, so a story appears once and members know when.
/// </summary>
internal sealed class SummaryCommandHandler(
    TeamStore teams,
    TeamOwners owners,
    WeeklySummaryComposer composer,
    BotMessenger messenger,
    PrivateReplies privately,
    ILogger<SummaryCommandHandler> logger) : ICommandHandler
{
    public IReadOnlyCollection<BotCommand> Commands { get; } = [BotCommand.Summary];

    public async Task HandleAsync(Activity activity, ParsedCommand command, CancellationToken ct)
    {
        var language = UserLanguages.FromLocale(activity.Locale);
        var tenantId = activity.GetTenantId();
        var teamId = activity.ChannelData?.Team?.Id;
        if (tenantId is null || teamId is null || await teams.GetAsync(tenantId, teamId, ct) is not { Status: InstallationStatus.Installed } team)
        {
            await messenger.ReplyTextAsync(activity, SummaryTexts.OnlyInTeamChannel(language), ct);
            return;
        }

        var ownership = await owners.CheckAsync(team, activity, ct);
        if (ownership != Ownership.Owner)
        {
            Log.SummaryRefused(logger, "not-owner");
            await privately.SendTextAsync(activity, team, OwnerTexts.Refusal(language, ownership, SummaryTexts.OnlyOwners(language, team.Settings)), ct);
            return;
        }

        if (team.Settings.Paused)
        {
            await messenger.ReplyTextAsync(activity, SummaryTexts.Paused(language), ct);
            return;
        }

        var card = await composer.ComposeAsync(team, composer.CurrentWeek(team), language, courageStories: [], ct);
        await messenger.ReplyCardAsync(activity, card, ct);
        Log.SummaryPosted(logger, "on-demand");
    }
}
