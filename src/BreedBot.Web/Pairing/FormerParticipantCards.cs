using BreedBot.Domain.Pairing;
using BreedBot.Storage.Members;
using BreedBot.Storage.Pairing;
using BreedBot.Storage.Teams;
using BreedBot.Web.Kernel;
using BreedBot.Web.Outbound;

namespace BreedBot.Web.Pairing;

/// <summary>
/// Someone erased their data: the duo cards in their partners' chats that name them — of the current rotation and of
/// earlier ones, as far as their delivery records reach — are updated in place to show "oud-deelnemer" instead of their
/// name, without the chat and meeting links to them (<see cref="CardRetraction"/>); the organisation pool's duo cards
/// too, in partners' chats in other teams. Runs while the person's duos and membership rows are still there to tell
/// which cards and names.
/// </summary>
internal sealed class FormerParticipantCards(DuoStore duos, MemberStore members, TeamStore teams, CardRetraction retraction, ILogger<FormerParticipantCards> logger)
{
    public async Task ReplaceAsync(PersonalDataSubject subject, CancellationToken ct)
    {
        var count = 0;
        foreach (var teamId in subject.EveryTeamId)
        {
            if (await teams.GetAsync(subject.TenantId, teamId, ct) is not { } team || await duos.GetCurrentAsync(subject.TenantId, teamId, ct) is not { } current)
            {
                continue;
            }

            var everyone = await members.ListTeamAsync(subject.TenantId, teamId, ct);
            var history = await duos.GetHistoryAsync(subject.TenantId, teamId, current.Rotation, current.Rotation, ct);
            foreach (var past in history.Duos.Where(d => d.Members.Contains(subject.MemberKey)))
            {
                // The current duo's card is shown again as it was, renamed; an earlier duo's moment is not kept, so its card says less.
                var duo = past.Rotation == current.Rotation ? current.Duos.FirstOrDefault(d => d.Members.SequenceEqual(past.Members)) : null;
                count += await retraction.ReplaceAsync(subject.TenantId, [DuoAnnouncer.Paired(past.Rotation, duo ?? new Duo(past.Members, default, false))], "former/", (record, language) =>
                    record is not { Kind: MessageKinds.DuoAnnouncement, RecipientKey: { } reader } || reader == subject.MemberKey || !past.Members.Contains(reader) ? null
                    : duo is not null ? DuoCard.Render(language, DuoAnnouncer.Model(team, current.Rotation, duo, reader, Renamed(everyone, subject.MemberKey, language)))
                    : PairingTexts.For(language).EarlierDuoWithFormer(team.TeamName),
                    // The cards stay findable: another member of a trio may erase their data later.
                    forget: false, except: null, ct);
            }
        }

        count += await ReplacePoolCardsAsync(subject, ct);
        Log.FormerParticipantCardsQueued(logger, count);
    }

    /// <summary>
    /// The pool duo cards that name the person, in partners' chats in other teams: the current one renamed, with the
    /// partners' own names and teams read from their own teams' rows; earlier ones a short notice.
    /// </summary>
    private async Task<int> ReplacePoolCardsAsync(PersonalDataSubject subject, CancellationToken ct)
    {
        if (await duos.GetCurrentAsync(subject.TenantId, OrganisationPool.ScopeId, ct) is not { } pool)
        {
            return 0;
        }

        var count = 0;
        var history = await duos.GetHistoryAsync(subject.TenantId, OrganisationPool.ScopeId, pool.Rotation, pool.Rotation, ct);
        foreach (var past in history.Duos.Where(d => d.Members.Contains(subject.MemberKey)))
        {
            var duo = past.Rotation == pool.Rotation ? pool.Duos.FirstOrDefault(d => d.Members.SequenceEqual(past.Members)) : null;
            var (rows, teamNames) = duo is null ? ([], new Dictionary<string, string?>()) : await PoolPartnersAsync(subject, pool.Homes, duo, ct);
            count += await retraction.ReplaceAsync(subject.TenantId, [PoolPairing.Occurrence(past.Rotation, duo ?? new Duo(past.Members, default, false))], "former/", (record, language) =>
                record is not { Kind: MessageKinds.DuoAnnouncement, RecipientKey: { } reader } || reader == subject.MemberKey || !past.Members.Contains(reader) ? null
                : duo is not null ? DuoCard.Render(language, PoolPairing.Model(duo, [.. Renamed(rows, subject.MemberKey, language).Where(m => m.MemberKey != reader)], teamNames))
                : PairingTexts.For(language).EarlierDuoWithFormer(OrganisationPool.Name),
                forget: false, except: null, ct);
        }

        return count;
    }

    /// <summary>The pool duo's members as their own teams have them (the erased person's team left out), and those teams' names.</summary>
    private async Task<(IReadOnlyList<Domain.Members.TeamMember> Rows, Dictionary<string, string?> TeamNames)> PoolPartnersAsync(
        PersonalDataSubject subject, IReadOnlyDictionary<string, string> homes, Duo duo, CancellationToken ct)
    {
        var rows = new List<Domain.Members.TeamMember>();
        var teamNames = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var key in duo.Members)
        {
            if (homes.TryGetValue(key, out var home) && await members.GetAsync(subject.TenantId, home, key, ct) is { } row)
            {
                // Their team would say who they were: the erased person is only "oud-deelnemer".
                rows.Add(key == subject.MemberKey ? row with { TeamId = "" } : row);
                if (key != subject.MemberKey && !teamNames.ContainsKey(home))
                {
                    teamNames[home] = (await teams.GetAsync(subject.TenantId, home, ct))?.TeamName;
                }
            }
        }

        return (rows, teamNames);
    }

    /// <summary>The team as the card shows it: the erased person as "oud-deelnemer", with no address to reach them by.</summary>
    private static IReadOnlyList<Domain.Members.TeamMember> Renamed(IReadOnlyList<Domain.Members.TeamMember> everyone, string erasedKey, Localization.UserLanguage language) =>
        [.. everyone.Select(m => m.MemberKey == erasedKey ? m with { Name = PairingTexts.For(language).FormerParticipant, UserPrincipalName = null } : m)];
}
