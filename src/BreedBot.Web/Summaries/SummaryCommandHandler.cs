using BreedBot.Connector.Schema;
using BreedBot.Domain.Commands;
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
    OwnerCommandGate gate,
    WeeklySummaryComposer composer,
    BotMessenger messenger,
    ILogger<SummaryCommandHandler> logger) : ICommandHandler
{
    public IReadOnlyCollection<BotCommand> Commands { get; } = [BotCommand.Summary];

    public async Task HandleAsync(Activity activity, ParsedCommand command, CancellationToken ct)
    {
        var language = UserLanguages.FromLocale(activity.Locale);
        var team = await gate.OwnedTeamAsync(
            activity, SummaryTexts.OnlyInTeamChannel(language), t => SummaryTexts.OnlyOwners(language, t.Settings), reason => Log.SummaryRefused(logger, reason), ct);
        if (team is null)
        {
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
