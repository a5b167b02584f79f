using System.Text.Json;
using BreedBot.Connector.Schema;
using BreedBot.Domain.Commands;
using BreedBot.Domain.Members;
using BreedBot.Domain.Pairing;
using BreedBot.Domain.Teams;
using BreedBot.Storage.Duos;
using BreedBot.Storage.Members;
using BreedBot.Storage.Teams;
using BreedBot.Web.Handlers;
using BreedBot.Web.Bot;
using BreedBot.Web.Cards;
using BreedBot.Web.Localization;
using BreedBot.Web.Members;

namespace BreedBot.Web.Pairing;

/// <summary>
/// "koppel duo's" (team owners, in the channel or with the welcome card's button) and "duo" (anyone, in personal chat). The channel
/// hears only counts; names go only to the people in each duo.
/// </summary>
internal sealed class PairingCommands(
    TeamStore teams,
    MemberStore members,
    SenderTeams senderTeams,
    DuoStore duos,
    TeamOwners owners,
    TeamPairing pairing,
    BotMessenger messenger,
    ILogger<PairingCommands> logger) : ICommandHandler, ICardVerbHandler
{
    public IReadOnlyCollection<BotCommand> Commands { get; } = [BotCommand.PairDuos, BotCommand.MyDuo, BotCommand.Rotation];

    public IReadOnlyCollection<string> Verbs { get; } = [WelcomeTeamCard.PairVerb];

    public Task HandleAsync(Activity activity, ParsedCommand command, CancellationToken ct) => command.Command switch
    {
        BotCommand.PairDuos => PairAsync(activity, ct),
        BotCommand.MyDuo => ShowMyDuoAsync(activity, ct),
        _ => SetRotationAsync(activity, command.Argument, ct),
    };

    /// <summary>The welcome card's button.</summary>
    public async Task<TurnResult> HandleAsync(Activity activity, string verb, JsonElement data, CancellationToken ct) =>
        TurnResult.Invoke(AdaptiveCardInvokeResponse.Message(await PairFromCardAsync(activity, ct)).ToInvokeResponse());

    /// <summary>"@BreedBot koppel duo's" typed in the channel: the answer goes in the same thread.</summary>
    public async Task PairAsync(Activity activity, CancellationToken ct) =>
        await messenger.ReplyTextAsync(activity, await PairTeamAsync(activity, ct), ct);

    /// <summary>
    /// The welcome card's button: the clicking owner sees the answer on the card, and the channel
    /// gets it as a post of its own (a count, never names).
    /// </summary>
    public async Task<string> PairFromCardAsync(Activity activity, CancellationToken ct)
    {
        var answer = await PairTeamAsync(activity, ct);
        if (activity.GetTenantId() is { } tenantId && activity.ChannelData?.Team?.Id is { } teamId
            && await teams.GetAsync(tenantId, teamId, ct) is { Status: InstallationStatus.Installed } team)
        {
            // The channel is where the button was pressed: a post in the same conversation, sent at once like a reply.
            await messenger.PostTextAsync(team.Channel, answer, ct);
        }

        return answer;
    }

    /// <summary>"@BreedBot rotatie 6" / "rotatie nooit": how often the duos are re-paired by themselves.</summary>
    public async Task SetRotationAsync(Activity activity, string argument, CancellationToken ct)
    {
        var texts = PairingTexts.For(UserLanguages.FromLocale(activity.Locale));
        var (team, refusal) = await OwnedTeamAsync(activity, texts, ct);
        var answer = team is null ? refusal!
            : !RotationInterval.TryParse(argument, out var weeks) ? texts.RotationHowTo
            : await teams.SetRotationWeeksAsync(team.TenantId, team.TeamId, weeks, ct) ? texts.RotationSet(weeks)
            : texts.OnlyInTeamChannel;
        await messenger.ReplyTextAsync(activity, answer, ct);
    }

    private async Task<string> PairTeamAsync(Activity activity, CancellationToken ct)
    {
        var texts = PairingTexts.For(UserLanguages.FromLocale(activity.Locale));
        var (team, refusal) = await OwnedTeamAsync(activity, texts, ct);
        return team is null ? refusal! : await pairing.PairAsync(team, texts, ct);
    }

    /// <summary>The installed team of this channel activity, when its sender owns it; else why not.</summary>
    private async Task<(TeamInstallation? Team, string? Refusal)> OwnedTeamAsync(Activity activity, PairingTexts texts, CancellationToken ct)
    {
        var tenantId = activity.GetTenantId();
        var teamId = activity.ChannelData?.Team?.Id;
        if (tenantId is null || teamId is null || await teams.GetAsync(tenantId, teamId, ct) is not { Status: InstallationStatus.Installed } team)
        {
            return (null, texts.OnlyInTeamChannel);
        }

        if (activity.From?.Id is not { } userId || !await owners.IsOwnerAsync(team, userId, ct))
        {
            Log.PairingRefused(logger, "not-owner");
            return (null, texts.OnlyOwners);
        }

        return (team, null);
    }

    public async Task ShowMyDuoAsync(Activity activity, CancellationToken ct)
    {
        var language = UserLanguages.FromLocale(activity.Locale);
        var shown = 0;
        foreach (var (team, me) in await senderTeams.OfAsync(activity, ct))
        {
            if (await duos.GetCurrentAsync(team.TenantId, team.TeamId, ct) is not { } rotation
                || rotation.Duos.FirstOrDefault(d => d.Members.Contains(me.MemberKey)) is not { } duo)
            {
                continue;
            }

            var everyone = await members.ListTeamAsync(team.TenantId, team.TeamId, ct);
            await messenger.ReplyCardAsync(activity, DuoCard.Render(language, DuoAnnouncer.Model(team, duo, me.MemberKey, everyone)), ct);
            shown++;
        }

        if (shown == 0)
        {
            await messenger.ReplyTextAsync(activity, PairingTexts.For(language).NoDuoYet, ct);
        }
    }
}
