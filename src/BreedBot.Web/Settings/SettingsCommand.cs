using BreedBot.Connector.Schema;
using BreedBot.Domain.Commands;
using BreedBot.Domain.Settings;
using BreedBot.Domain.Teams;
using BreedBot.Storage.Teams;
using BreedBot.Web.Bot;
using BreedBot.Web.Handlers;
using BreedBot.Web.Localization;
using BreedBot.Web.Pairing;

namespace BreedBot.Web.Settings;

/// <summary>
/// "@BreedBot instellingen": an owner gets the settings card in the channel thread; anyone else a
/// kind explanation. The posted card shows settings only — the changes, which name people, appear
/// in an owner's own view after a button press.
/// </summary>
internal sealed class SettingsCommand(TeamStore teams, TeamOwners owners, SettingsCards cards, BotMessenger messenger, ILogger<SettingsCommand> logger) : ICommandHandler
{
    public IReadOnlyCollection<BotCommand> Commands { get; } = [BotCommand.Settings];

    public async Task HandleAsync(Activity activity, ParsedCommand command, CancellationToken ct)
    {
        var language = UserLanguages.FromLocale(activity.Locale);
        var texts = SettingsTexts.For(language);
        var tenantId = activity.GetTenantId();
        var teamId = activity.ChannelData?.Team?.Id;
        if (tenantId is null || teamId is null || await teams.GetAsync(tenantId, teamId, ct) is not { Status: InstallationStatus.Installed } team)
        {
            await messenger.ReplyTextAsync(activity, texts.OnlyInTeamChannel, ct);
            return;
        }

        if (activity.From?.Id is not { } userId || !await owners.IsOwnerAsync(team, userId, ct))
        {
            Log.SettingsRefused(logger, "not-owner");
            await messenger.ReplyTextAsync(activity, texts.OnlyOwners, ct);
            return;
        }

        var card = await cards.RenderAsync(team, SettingsForm.Of(TeamSettingsState.Of(team), cards.Bounds), language, ct);
        await messenger.ReplyCardAsync(activity, card, ct);
    }
}
