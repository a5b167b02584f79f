using System.Text.Json;
using BreedBot.Connector.Schema;
using BreedBot.Domain.Commands;
using BreedBot.Domain.Teams;
using BreedBot.Storage.Members;
using BreedBot.Storage.Pairing;
using BreedBot.Storage.Teams;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Pairing;

/// <summary>
/// "koppel duo's" and "rotatie" (team owners, in the channel or with the welcome card's button) and "duo" (anyone, in
/// personal chat). The channel hears only counts; names go only to the people in each duo; a refusal only to the asker.
/// </summary>
internal sealed class PairingHandler(
    TeamStore teams,
    MemberStore members,
    SenderTeams senderTeams,
    DuoStore duos,
    OwnerCommandGate gate,
    TeamPairing pairing,
    BotMessenger messenger,
    ILogger<PairingHandler> logger) : ICommandHandler, ICardVerbHandler
{
    public IReadOnlyCollection<BotCommand> Commands { get; } = [BotCommand.PairDuos, BotCommand.MyDuo, BotCommand.Rotation];

    public IReadOnlyCollection<CardVerb> Verbs { get; } = [CardVerb.Anywhere(PairingVerbs.Start)];

    public Task HandleAsync(Activity activity, ParsedCommand command, CancellationToken ct) => command.Command switch
    {
        BotCommand.PairDuos => PairAsync(activity, ct),
        BotCommand.MyDuo => ShowMyDuoAsync(activity, ct),
        _ => SetRotationAsync(activity, command.Argument, ct),
    };

    /// <summary>The welcome card's button.</summary>
    public async Task<TurnResult> HandleAsync(Activity activity, string verb, JsonElement data, CancellationToken ct) =>
        TurnResult.Message(await PairFromCardAsync(activity, data, ct));

    /// <summary>"@BreedBot koppel duo's" typed in the channel: the count goes in the same thread, a refusal to the asker alone.</summary>
    public async Task PairAsync(Activity activity, CancellationToken ct)
    {
        var texts = PairingTexts.For(UserLanguages.FromLocale(activity.Locale));
        if (await gate.OwnedTeamAsync(activity, texts.OnlyInTeamChannel, texts.OnlyOwners, LogRefusal, ct) is { } team)
        {
            await messenger.ReplyTextAsync(activity, await pairing.PairAsync(team, texts, ct), ct);
        }
    }

    /// <summary>
    /// The welcome card's button: the presser sees the answer on the card, in their own language (Teams shows it to them
    /// alone). Only a pairing that ran is also posted in the channel — as a count, in the card's language; a refusal
    /// stays with the presser.
    /// </summary>
    public async Task<string> PairFromCardAsync(Activity activity, JsonElement data, CancellationToken ct)
    {
        var language = UserLanguages.FromLocale(activity.Locale);
        var texts = PairingTexts.For(language);
        var (team, ownership) = await gate.CheckAsync(activity, ct);
        if (team is null)
        {
            return texts.OnlyInTeamChannel;
        }

        if (ownership != Ownership.Owner)
        {
            LogRefusal(OwnerCommandGate.NotOwner);
            return OwnerTexts.Refusal(language, ownership, texts.OnlyOwners);
        }

        var (answerIn, _) = await pairing.RunRoundAsync(team, ct);
        // The channel is where the button was pressed: a post in the same conversation, sent at once like a reply.
        await messenger.PostTextAsync(team.Channel, answerIn(PairingTexts.For(CardLanguage(data))), ct);
        return answerIn(texts);
    }

    /// <summary>"@BreedBot rotatie 6" / "rotatie nooit": how often the duos are re-paired by themselves.</summary>
    public async Task SetRotationAsync(Activity activity, string argument, CancellationToken ct)
    {
        var texts = PairingTexts.For(UserLanguages.FromLocale(activity.Locale));
        if (await gate.OwnedTeamAsync(activity, texts.RotationOnlyInTeamChannel, texts.RotationOnlyOwners, LogRefusal, ct) is not { } team)
        {
            return;
        }

        var answer = !RotationInterval.TryParse(argument, out var weeks) ? texts.RotationHowTo
            : await teams.SetRotationWeeksAsync(team.TenantId, team.TeamId, weeks, ct) ? texts.RotationSet(weeks)
            : texts.RotationOnlyInTeamChannel;
        await messenger.ReplyTextAsync(activity, answer, ct);
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
            await messenger.ReplyCardAsync(activity, DuoCard.Render(language, DuoAnnouncer.Model(team, rotation.Rotation, duo, me.MemberKey, everyone)), ct);
            shown++;
        }

        if (shown == 0)
        {
            await messenger.ReplyTextAsync(activity, PairingTexts.For(language).NoDuoYet, ct);
        }
    }

    private void LogRefusal(string reason) => Log.PairingRefused(logger, reason);

    /// <summary>The language the welcome card was posted in, from its button's data ("nl" or "en"); Dutch for cards from before it was there.</summary>
    private static UserLanguage CardLanguage(JsonElement data) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty("language", out var language)
        && language.ValueKind == JsonValueKind.String && language.GetString() == "en"
            ? UserLanguage.English
            : UserLanguage.Dutch;
}
