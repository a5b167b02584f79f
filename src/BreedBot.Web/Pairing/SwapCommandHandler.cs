using BreedBot.Connector.Schema;
using BreedBot.Domain.Commands;
using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.Teams;
using BreedBot.Storage.Members;
using BreedBot.Storage.Pairing;
using BreedBot.Storage.Teams;
using BreedBot.Web.Localization;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Pairing;

/// <summary>
/// "wissel" in personal chat asks first: a swap is once per rotation and cannot be undone. For each team where the
/// person has a duo in the current rotation, one question card names the team (<see cref="SwapCard"/>); its "Ja, wissel"
/// does the swap (<see cref="SwapActionHandler"/>). A team where they already swapped this rotation gets that answer at
/// once instead of a question. Storage: the person's teams (one query, which a message needs: it names no team), then
/// per team its row (installed? its name and rhythm for the cards) and its duo partition side by side — three requests,
/// two in sequence, for someone in one team; every further team adds two beside them.
/// </summary>
internal sealed class SwapCommandHandler(MemberStore members, TeamStore teams, DuoStore duos, BotMessenger messenger) : ICommandHandler
{
    public IReadOnlyCollection<BotCommand> Commands { get; } = [BotCommand.Swap];

    public async Task HandleAsync(Activity activity, ParsedCommand command, CancellationToken ct)
    {
        var language = UserLanguages.FromLocale(activity.Locale);
        var s = SwapTexts.For(language);
        var (tenantId, me) = (activity.GetTenantId(), ActivityAddress.UserKey(activity.From));
        var mine = tenantId is null || me is null ? [] : await members.ListTeamsOfAsync(tenantId, me, ct);
        var offers = (await Task.WhenAll(mine.Select(m => OfferAsync(tenantId!, m.TeamId, me!, ct)))).OfType<SwapOffer>().ToList();
        if (offers.Count == 0)
        {
            await messenger.ReplyTextAsync(activity, s.NoDuoToSwap, ct);
            return;
        }

        foreach (var offer in offers)
        {
            if (offer.AlreadySwapped)
            {
                var team = PairingTexts.For(language).Team(offer.Card.TeamName);
                await messenger.ReplyTextAsync(activity, offers.Count == 1 ? s.AlreadySwapped : s.AlreadySwappedIn(team), ct);
            }
            else
            {
                await messenger.ReplyCardAsync(activity, SwapCard.Render(language, offer.Card), ct);
            }
        }
    }

    /// <summary>The question for one team, or null when BreedBot is not there or the person has no duo in its current rotation.</summary>
    private async Task<SwapOffer?> OfferAsync(string tenantId, string teamId, string me, CancellationToken ct)
    {
        var teamRead = teams.GetAsync(tenantId, teamId, ct);
        // History is the press's concern (it chooses the new partner); here only the current rotation counts.
        var duosRead = duos.ReadTeamAsync(tenantId, teamId, 1, ct);
        await Task.WhenAll(teamRead, duosRead);
        if (teamRead.Result is not { Status: InstallationStatus.Installed } team
            || duosRead.Result?.Current is not { } rotation
            || rotation.Duos.FirstOrDefault(d => d.Members.Contains(me)) is not { } duo)
        {
            return null;
        }

        var card = new SwapCardModel(me, team.TeamId, team.TeamName, DuoKey.Of(rotation.Rotation, duo.Members), team.Settings.Rhythm);
        return new SwapOffer(card, rotation.SwappedBy.Contains(me));
    }

    private sealed record SwapOffer(SwapCardModel Card, bool AlreadySwapped);
}
