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
/// "wissel" in personal chat: a new partner for me alone, once per rotation, without an owner and
/// without re-pairing the team. Whoever's duo changes hears it privately, through the outbox; the one who
/// swapped gets their new duo card as a reply here, in their own language.
/// </summary>
internal sealed class DuoSwapCommand(SenderTeams senderTeams, MemberStore members, DuoStore duos, DuoAnnouncer announcer, BotMessenger messenger) : ICommandHandler
{
    public IReadOnlyCollection<BotCommand> Commands { get; } = [BotCommand.Swap];

    public Task HandleAsync(Activity activity, ParsedCommand command, CancellationToken ct) => HandleAsync(activity, ct);

    public async Task HandleAsync(Activity activity, CancellationToken ct)
    {
        var en = UserLanguages.FromLocale(activity.Locale) == UserLanguage.English;
        var answered = false;
        foreach (var (team, me) in await senderTeams.OfAsync(activity, ct))
        {
            if (await duos.GetCurrentAsync(team.TenantId, team.TeamId, ct) is not { } rotation
                || !rotation.Duos.Any(d => d.Members.Contains(me.MemberKey)))
            {
                continue;
            }

            answered = true;
            var (answer, card) = await SwapAsync(team, rotation, me.MemberKey, en, ct);
            await messenger.ReplyTextAsync(activity, answer, ct);
            if (card is not null)
            {
                await messenger.ReplyCardAsync(activity, card, ct);
            }
        }

        if (!answered)
        {
            await messenger.ReplyTextAsync(activity, en ? "You don't have a duo to swap yet." : "Je hebt nog geen duo om te wisselen.", ct);
        }
    }

    private async Task<(string Answer, RenderedCard? Card)> SwapAsync(TeamInstallation team, DuoRotation rotation, string me, bool en, CancellationToken ct)
    {
        if (rotation.SwappedBy.Contains(me))
        {
            return (en
                ? "You already swapped once this round. Next round you'll be paired with someone else by itself."
                : "Je hebt deze ronde al een keer gewisseld. Bij de volgende ronde krijg je vanzelf iemand anders.", null);
        }

        var everyone = await members.ListTeamAsync(team.TenantId, team.TeamId, ct);
        var candidates = everyone.Where(m => m.Profile is not null).ToDictionary(m => m.MemberKey, m => m.AsCandidate(), StringComparer.Ordinal);
        var history = await duos.GetHistoryAsync(team.TenantId, team.TeamId, rotation.Rotation, PairingWeights.Default.RecentRotations, ct);
        var swap = DuoSwap.Swap(rotation.Duos, me, candidates, history);
        if (!swap.Swapped || !await duos.TryReplaceCurrentAsync(team.TenantId, team.TeamId, rotation.Rotation, swap.Duos, me, ct))
        {
            return (en
                ? "I can't find another arrangement right now that respects everyone's choices. Your duo stays as it is."
                : "Ik vind nu geen andere indeling die ieders keuzes respecteert. Je duo blijft zoals hij is.", null);
        }

        var byKey = everyone.ToDictionary(m => m.MemberKey, StringComparer.Ordinal);
        var swapNumber = rotation.SwappedBy.Count + 1;
        foreach (var key in swap.Changed.Where(k => k != me && byKey.ContainsKey(k)))
        {
            var duo = swap.Duos.First(d => d.Members.Contains(key));
            var occurrence = DuoAnnouncer.Swapped(rotation.Rotation, duo, swapNumber);
            // Two queue messages may arrive in either order: the text does not point at the card.
            await announcer.SendTextAsync(team, byKey[key], DuoAnnouncer.Notice("duo-swapped", occurrence), "Je duo is opnieuw ingedeeld. Met wie je nu bent, zie je op de kaart die je van mij krijgt.", ct);
            await announcer.SendDuoAsync(team, occurrence, duo, byKey[key], everyone, ct);
        }

        var mine = DuoCard.Render(en ? UserLanguage.English : UserLanguage.Dutch, DuoAnnouncer.Model(team, swap.Duos.First(d => d.Members.Contains(me)), me, everyone));
        return (en ? "Done: you have a new partner. Here are the details." : "Gedaan: je hebt een nieuwe partner. Hier zijn de details.", mine);
    }

}
