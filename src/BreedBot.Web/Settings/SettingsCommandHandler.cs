using BreedBot.Connector.Schema;
using BreedBot.Domain.Commands;
using BreedBot.Domain.Settings;
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
    OwnerCommandGate gate, SettingsCards cards, PrivateReplies privately, ILogger<SettingsCommandHandler> logger) : ICommandHandler
{
    public IReadOnlyCollection<BotCommand> Commands { get; } = [BotCommand.Settings];

    public async Task HandleAsync(Activity activity, ParsedCommand command, CancellationToken ct)
    {
        var language = UserLanguages.FromLocale(activity.Locale);
        var texts = SettingsTexts.For(language);
        if (await gate.OwnedTeamAsync(activity, texts.OnlyInTeamChannel, texts.OnlyOwners, reason => Log.SettingsRefused(logger, reason), ct) is not { } team)
        {
            return;
        }

        var card = await cards.RenderAsync(team, SettingsForm.Of(TeamSettingsState.Of(team), cards.Bounds), language, ct);
        await privately.SendCardAsync(activity, team, card, ct);
    }
}
