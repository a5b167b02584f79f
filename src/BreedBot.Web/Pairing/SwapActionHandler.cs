using System.Text.Json;
using BreedBot.Connector.Schema;
using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.Members;
using BreedBot.Domain.Pairing;
using BreedBot.Storage.Members;
using BreedBot.Storage.Pairing;
using BreedBot.Storage.Teams;
using BreedBot.Web.AfterReply;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Pairing;

/// <summary>
/// The buttons of the question a typed "wissel" gets (<see cref="SwapCard"/>). "Ja, wissel" gives the presser a new
/// partner, once per rotation, without an owner and without re-pairing the team; the question becomes their new duo
/// card, and whoever else's duo changed hears it privately, through the outbox, after the reply. "Nee, toch niet" says
/// the duo stays. Storage: the team's members and its whole duo partition side by side, then one transaction — three
/// requests, two in sequence.
/// <para>
/// The card's data is trusted for nothing: the presser must be who asked, on the team's member rows, in a duo of its
/// current rotation, and that duo must be the one the card was asked about; a card from an earlier rotation, about a
/// duo that has changed since, or someone else's, swaps nothing and says so kindly. What the press does not ask, on
/// purpose: whether the team still has BreedBot. The typed "wissel" asked that moments before; a team that removed
/// BreedBot since keeps the swap until its data goes at the end of the grace period, and the outbox sends nothing to a
/// team without BreedBot. The team's name and rhythm on the new duo card are the card's, as read when it was asked.
/// </para>
/// </summary>
internal sealed class SwapActionHandler(MemberStore members, DuoStore duos, AfterReplyQueue afterReply, ILogger<SwapActionHandler> logger) : ICardVerbHandler
{
    private const int MaxTeamNameLength = 256;

    public IReadOnlyCollection<CardVerb> Verbs { get; } = [CardVerb.Personal(PairingVerbs.Swap), CardVerb.Personal(PairingVerbs.KeepDuo)];

    public async Task<TurnResult> HandleAsync(Activity activity, string verb, JsonElement data, CancellationToken ct)
    {
        var language = UserLanguages.FromLocale(activity.Locale);
        var s = SwapTexts.For(language);
        if (verb == PairingVerbs.KeepDuo)
        {
            return NotSwapped(language, verb, "kept", s.Kept);
        }

        var (tenantId, me) = (activity.GetTenantId(), ActivityAddress.UserKey(activity.From));
        var (teamId, duoKey) = (CardData.Text(data, "team"), CardData.Text(data, "duo"));
        if (tenantId is null || me is null || teamId is null || !DuoKey.LooksValid(duoKey) || CardData.Text(data, "member") != me)
        {
            return NotYours(verb, s);
        }

        var everyoneRead = members.ListTeamAsync(tenantId, teamId, ct);
        var duosRead = duos.ReadTeamAsync(tenantId, teamId, PairingWeights.Default.RecentRotations, ct);
        await Task.WhenAll(everyoneRead, duosRead);
        var everyone = everyoneRead.Result;
        if (!everyone.Any(m => m.MemberKey == me && m.Status != MembershipStatus.Removed)
            || duosRead.Result is not { } read
            || read.Current.Duos.FirstOrDefault(d => d.Members.Contains(me)) is not { } mine
            || DuoKey.RotationOf(duoKey!) > read.Current.Rotation)
        {
            return NotYours(verb, s);
        }

        var rotation = read.Current;
        if (DuoKey.RotationOf(duoKey!) < rotation.Rotation)
        {
            return NotSwapped(language, verb, "earlier-rotation", s.EarlierRotation);
        }

        if (rotation.SwappedBy.Contains(me))
        {
            return NotSwapped(language, verb, "already-swapped", s.AlreadySwapped);
        }

        if (DuoKey.Of(rotation.Rotation, mine.Members) != duoKey)
        {
            return NotSwapped(language, verb, "duo-changed", s.DuoChangedSince);
        }

        var candidates = everyone.Where(m => m.Profile is not null).ToDictionary(m => m.MemberKey, m => m.AsCandidate(), StringComparer.Ordinal);
        var swap = DuoSwap.Swap(rotation.Duos, me, candidates, read.History);
        if (!swap.Swapped || !await duos.TryReplaceCurrentAsync(read, swap.Duos, me, ct))
        {
            return NotSwapped(language, verb, "no-other-arrangement", s.NoOtherArrangement);
        }

        await TellOthersAfterReplyAsync(tenantId, teamId, rotation, swap, me, everyone, ct);
        Log.SwapAnswered(logger, verb, "swapped");
        var teamName = CardData.Text(data, "teamName") is { Length: > 0 and <= MaxTeamNameLength } name ? name : null;
        var rhythm = Enum.TryParse<DuoRhythm>(CardData.Text(data, "rhythm"), out var r) && Enum.IsDefined(r) ? r : DuoRhythm.EveryWeek;
        var model = DuoAnnouncer.Model(teamId, teamName, rhythm, rotation.Rotation, swap.Duos.First(d => d.Members.Contains(me)), me, everyone);
        return TurnResult.Card(DuoCard.Render(language, model with { Notice = s.Swapped }));
    }

    /// <summary>The swap is stored; whom it changed hears it after the reply (queued in the outbox, one card and one text each).</summary>
    private Task TellOthersAfterReplyAsync(string tenantId, string teamId, DuoRotation rotation, SwapResult swap, string me, IReadOnlyList<TeamMember> everyone, CancellationToken ct)
    {
        var byKey = everyone.ToDictionary(m => m.MemberKey, StringComparer.Ordinal);
        var swapNumber = rotation.SwappedBy.Count + 1;
        var told = swap.Changed.Where(k => k != me && byKey.ContainsKey(k)).Select(k => byKey[k]).ToList();
        return afterReply.RunOrQueueAsync("swap-notices", async (services, token) =>
        {
            // The team's row (its channel, its language) is read here, off the press's path.
            if (await services.GetRequiredService<TeamStore>().GetAsync(tenantId, teamId, token) is not { } team)
            {
                return;
            }

            var announcer = services.GetRequiredService<DuoAnnouncer>();
            foreach (var member in told)
            {
                var duo = swap.Duos.First(d => d.Members.Contains(member.MemberKey));
                var occurrence = DuoAnnouncer.Swapped(rotation.Rotation, duo, swapNumber);
                // Two queue messages may arrive in either order: the text does not point at the card.
                await announcer.SendTextAsync(team, member, DuoAnnouncer.Notice("duo-swapped", occurrence), t => t.DuoChangedBySwap, token);
                await announcer.SendDuoAsync(team, occurrence, rotation.Rotation, duo, member, everyone, token);
            }
        }, ct);
    }

    private TurnResult NotSwapped(UserLanguage language, string verb, string outcome, string line)
    {
        Log.SwapAnswered(logger, verb, outcome);
        return TurnResult.Card(NoticeCard.Render(language, SwapTexts.For(language).NotSwappedTitle, line));
    }

    private TurnResult NotYours(string verb, SwapTexts s)
    {
        Log.SwapAnswered(logger, verb, "not-yours");
        return TurnResult.Message(s.NotYours);
    }
}
