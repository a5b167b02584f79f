using BreedBot.Connector.Schema;
using BreedBot.Domain.Commands;
using BreedBot.Domain.Members;
using BreedBot.Domain.Pairing;
using BreedBot.Domain.Teams;
using BreedBot.Storage.Members;
using BreedBot.Storage.Pairing;
using BreedBot.Storage.Teams;
using BreedBot.Web.AfterReply;
using BreedBot.Web.Cards;
using BreedBot.Web.Localization;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Pairing;

/// <summary>
/// "wissel" in personal chat: a new partner for me alone, once per rotation, without an owner and
/// without re-pairing the team. Whoever's duo changes hears it privately, through the outbox, after the reply; the one
/// who swapped gets their new duo card as a reply here, in their own language. Storage: the person's teams (one
/// query), then per team its row, its members and its whole duo partition side by side, then one transaction.
/// </summary>
internal sealed class SwapCommandHandler(MemberStore members, TeamStore teams, DuoStore duos, AfterReplyQueue afterReply, BotMessenger messenger) : ICommandHandler
{
    public IReadOnlyCollection<BotCommand> Commands { get; } = [BotCommand.Swap];

    public Task HandleAsync(Activity activity, ParsedCommand command, CancellationToken ct) => HandleAsync(activity, ct);

    public async Task HandleAsync(Activity activity, CancellationToken ct)
    {
        var language = UserLanguages.FromLocale(activity.Locale);
        var answered = false;
        var tenantId = activity.GetTenantId();
        var me = ActivityAddress.UserKey(activity.From);
        foreach (var (teamId, _) in tenantId is null || me is null ? [] : await members.ListTeamsOfAsync(tenantId, me, ct))
        {
            var teamRead = teams.GetAsync(tenantId!, teamId, ct);
            var everyoneRead = members.ListTeamAsync(tenantId!, teamId, ct);
            var duosRead = duos.ReadTeamAsync(tenantId!, teamId, PairingWeights.Default.RecentRotations, ct);
            await Task.WhenAll(teamRead, everyoneRead, duosRead);
            if (teamRead.Result is not { Status: InstallationStatus.Installed } team
                || !everyoneRead.Result.Any(m => m.MemberKey == me && m.Status != MembershipStatus.Removed)
                || duosRead.Result is not { } read
                || !read.Current.Duos.Any(d => d.Members.Contains(me)))
            {
                continue;
            }

            answered = true;
            var (answer, card) = await SwapAsync(team, read, everyoneRead.Result, me!, language, ct);
            await messenger.ReplyTextAsync(activity, answer, ct);
            if (card is not null)
            {
                await messenger.ReplyCardAsync(activity, card, ct);
            }
        }

        if (!answered)
        {
            await messenger.ReplyTextAsync(activity, PairingTexts.For(language).NoDuoToSwap, ct);
        }
    }

    private async Task<(string Answer, RenderedCard? Card)> SwapAsync(TeamInstallation team, DuoTeamRead read, IReadOnlyList<TeamMember> everyone, string me, UserLanguage language, CancellationToken ct)
    {
        var t = PairingTexts.For(language);
        var rotation = read.Current;
        if (rotation.SwappedBy.Contains(me))
        {
            return (t.AlreadySwapped, null);
        }

        var candidates = everyone.Where(m => m.Profile is not null).ToDictionary(m => m.MemberKey, m => m.AsCandidate(), StringComparer.Ordinal);
        var swap = DuoSwap.Swap(rotation.Duos, me, candidates, read.History);
        if (!swap.Swapped || !await duos.TryReplaceCurrentAsync(read, swap.Duos, me, ct))
        {
            return (t.NoOtherArrangement, null);
        }

        var byKey = everyone.ToDictionary(m => m.MemberKey, StringComparer.Ordinal);
        var swapNumber = rotation.SwappedBy.Count + 1;
        var told = swap.Changed.Where(k => k != me && byKey.ContainsKey(k)).Select(k => byKey[k]).ToList();
        // The swap is stored; whom it changed hears it after the reply (queued in the outbox, one card and one text each).
        await afterReply.RunOrQueueAsync("swap-notices", async (services, token) =>
        {
            var announcer = services.GetRequiredService<DuoAnnouncer>();
            foreach (var member in told)
            {
                var duo = swap.Duos.First(d => d.Members.Contains(member.MemberKey));
                var occurrence = DuoAnnouncer.Swapped(rotation.Rotation, duo, swapNumber);
                // Two queue messages may arrive in either order: the text does not point at the card.
                await announcer.SendTextAsync(team, member, DuoAnnouncer.Notice("duo-swapped", occurrence), t => t.DuoChangedBySwap, token);
                await announcer.SendDuoAsync(team, occurrence, duo, member, everyone, token);
            }
        }, ct);

        var mine = DuoCard.Render(language, DuoAnnouncer.Model(team, swap.Duos.First(d => d.Members.Contains(me)), me, everyone));
        return (t.Swapped, mine);
    }
}
