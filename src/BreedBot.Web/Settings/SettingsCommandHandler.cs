using BreedBot.Connector.Schema;
using BreedBot.Domain.Commands;
using BreedBot.Domain.Settings;
using BreedBot.Domain.Teams;
using BreedBot.Storage.Teams;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Settings;

/// <summary>
/// "@BreedBot instellingen": an owner gets the settings card in their personal chat with BreedBot (the thread only
/// hears "Dat stuur ik je persoonlijk"); anyone else a kind explanation, privately too. The card shows settings
/// only — the changes, which name people, appear in the owner's view after a button press.
/// </summary>
internal sealed class SettingsCommandHandler(
    TeamStore teams, TeamOwners owners, SettingsCards cards, BotMessenger messenger, PrivateReplies privately, ILogger<SettingsCommandHandler> logger) : ICommandHandler
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

        var ownership = await owners.CheckAsync(team, activity, ct);
        if (ownership != Ownership.Owner)
        {
            Log.SettingsRefused(logger, "not-owner");
            await privately.SendTextAsync(activity, team, OwnerTexts.Refusal(language, ownership, texts.OnlyOwners), ct);
            return;
        }

        var card = await cards.RenderAsync(team, SettingsForm.Of(TeamSettingsState.Of(team), cards.Bounds), language, ct);
        await privately.SendCardAsync(activity, team, card, ct);
    }
}
