using BreedBot.Domain.Pairing;
using BreedBot.Storage.Members;
using BreedBot.Storage.Pairing;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Pairing;

/// <summary>The person's duos, current and past, per team and in the organisation pool. Erasing first leaves the current duos, so partners are told and re-paired.</summary>
internal sealed class DuoPersonalData(DuoStore duos, MemberStore members, IMemberDepartures departures, FormerParticipantCards formerCards) : IPersonalDataSource
{
    public PersonalDataKind Kind => PersonalDataKind.Duos;

    public async Task<IReadOnlyList<PersonalDataSection>> DescribeAsync(PersonalDataSubject subject, UserLanguage language, CancellationToken ct)
    {
        var t = PairingTexts.For(language);
        var lines = new List<string>();
        var count = 0;
        DateTimeOffset? latest = null;
        foreach (var (team, _) in subject.ActiveTeams)
        {
            if (await duos.GetCurrentAsync(team.TenantId, team.TeamId, ct) is not { } current)
            {
                continue;
            }

            var names = (await members.ListTeamAsync(team.TenantId, team.TeamId, ct)).ToDictionary(m => m.MemberKey, m => m.Name ?? "?");
            var history = await duos.GetHistoryAsync(team.TenantId, team.TeamId, current.Rotation, current.Rotation, ct);
            foreach (var past in history.Duos.Where(d => d.Members.Contains(subject.MemberKey)).OrderByDescending(d => d.Rotation))
            {
                count++;
                var partners = string.Join(", ", past.Members.Where(k => k != subject.MemberKey).Select(k => names.GetValueOrDefault(k, "?")));
                lines.Add(past.Rotation == current.Rotation
                    ? t.CurrentDuo(team.TeamName, past.Rotation, partners)
                    : t.EarlierDuo(team.TeamName, past.Rotation, partners));
            }

            latest = latest is null || current.PairedAt > latest ? current.PairedAt : latest;
        }

        // The organisation pool's duos: partners named as their own teams name them.
        if (await duos.GetCurrentAsync(subject.TenantId, OrganisationPool.ScopeId, ct) is { } pool)
        {
            var history = await duos.GetHistoryAsync(subject.TenantId, OrganisationPool.ScopeId, pool.Rotation, pool.Rotation, ct);
            var mine = history.Duos.Where(d => d.Members.Contains(subject.MemberKey)).OrderByDescending(d => d.Rotation).ToList();
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var home in pool.Homes.Where(h => mine.Any(d => d.Members.Contains(h.Key))).GroupBy(h => h.Value, StringComparer.Ordinal))
            {
                foreach (var row in (await members.ReadAsync(subject.TenantId, home.Key, [.. home.Select(h => h.Key)], ct)).Members)
                {
                    names[row.MemberKey] = row.Name ?? "?";
                }
            }

            foreach (var past in mine)
            {
                count++;
                var partners = string.Join(", ", past.Members.Where(k => k != subject.MemberKey).Select(k => names.GetValueOrDefault(k, "?")));
                lines.Add(past.Rotation == pool.Rotation
                    ? t.CurrentDuo(OrganisationPool.Name, past.Rotation, partners)
                    : t.EarlierDuo(OrganisationPool.Name, past.Rotation, partners));
            }

            latest = mine.Count > 0 && (latest is null || pool.PairedAt > latest) ? pool.PairedAt : latest;
        }

        return [new PersonalDataSection(t.DuosTitle, count, latest, lines)];
    }

    public async Task EraseAsync(PersonalDataSubject subject, CancellationToken ct)
    {
        // Their name goes from the duo cards in their partners' chats first, while the duos still say which cards.
        await formerCards.ReplaceAsync(subject, ct);
        foreach (var (team, _) in subject.ActiveTeams)
        {
            await departures.OnLeftAsync(team, subject.MemberKey, ct);
        }

        foreach (var teamId in subject.EveryTeamId.Append(OrganisationPool.ScopeId))
        {
            await duos.EraseMemberAsync(subject.TenantId, teamId, subject.MemberKey, ct);
        }
    }
}
