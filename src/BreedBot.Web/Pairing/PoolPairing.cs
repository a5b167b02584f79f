using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.Members;
using BreedBot.Domain.Pairing;
using BreedBot.Domain.Teams;
using BreedBot.Storage.Members;
using BreedBot.Storage.Pairing;
using BreedBot.Storage.Pool;
using BreedBot.Storage.Teams;
using BreedBot.Web.Localization;
using BreedBot.Web.Outbound;

namespace BreedBot.Web.Pairing;

/// <summary>
/// One pairing round of a tenant's organisation pool: the members of its pooled teams (installed, not paused) who chose
/// "ook een duopartner buiten mijn team", are joined and not paused today, paired across teams by the
/// <see cref="PoolPairer"/> against the pool's own history, stored as the pool's next rotation under
/// <see cref="OrganisationPool.ScopeId"/> with each member's own team. The pool duo comes on top of a member's duo in
/// their team. Each member gets the duo card in their chat, in their language, recorded under their own team (so its owners' status
/// counts it); whoever could not be placed hears why. Reading who else shares a team with whom is one query per
/// member (their memberships): a pool pairs a few dozen people once a rotation.
/// </summary>
internal sealed class PoolPairing(PoolStore pool, TeamStore teams, MemberStore members, DuoStore duos, DuoAnnouncer announcer, TimeProvider time, ILogger<PoolPairing> logger)
{
    /// <summary>The stored rotation; null when nobody could be paired or another instance stored it first.</summary>
    public async Task<DuoRotation?> PairAsync(string tenantId, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var pooled = await Task.WhenAll((await pool.ListTeamsAsync(tenantId, ct)).Select(id => ReadTeamAsync(tenantId, id, ct)));
        var teamsTaking = pooled.Where(t => t.Team is { Status: InstallationStatus.Installed, Settings.Paused: false }).ToList();
        var offered = teamsTaking.SelectMany(t => t.Members.Where(m => m.PoolOptIn && m.IsAvailableOn(today))).ToList();
        var otherTeams = await OtherTeamsAsync(tenantId, offered, ct);
        var candidates = offered
            .Select(m => new PoolCandidate(m.AsCandidate(), m.TeamId) { OtherTeams = otherTeams[m.MemberKey] })
            .ToList();

        var current = await duos.GetCurrentAsync(tenantId, OrganisationPool.ScopeId, ct);
        var previous = current?.Rotation ?? 0;
        var history = await duos.GetHistoryAsync(tenantId, OrganisationPool.ScopeId, previous, PairingWeights.Pool.RecentRotations, ct);
        var seed = OrganisationPool.Seed(tenantId, previous + 1);
        var result = PoolPairer.Pair(candidates, history, seed);
        if (result.Duos.Count == 0)
        {
            return null;
        }

        // A person offered by two pooled teams is the pool's once, from the first team by id (as the pairer took them).
        var homes = offered.OrderBy(m => m.TeamId, StringComparer.Ordinal).DistinctBy(m => m.MemberKey, StringComparer.Ordinal)
            .ToDictionary(m => m.MemberKey, StringComparer.Ordinal);
        var paired = result.Duos.SelectMany(d => d.Members).ToHashSet(StringComparer.Ordinal);
        var rotation = new DuoRotation(previous + 1, seed, time.GetUtcNow(), result.Duos)
        {
            Homes = homes.Where(h => paired.Contains(h.Key)).ToDictionary(h => h.Key, h => h.Value.TeamId, StringComparer.Ordinal),
        };
        if (!await duos.TrySaveAsync(tenantId, OrganisationPool.ScopeId, previous, rotation, ct))
        {
            return null;
        }

        Log.Paired(logger, rotation.Rotation, rotation.Duos.Count);
        var names = teamsTaking.ToDictionary(t => t.Team!.TeamId, t => t.Team!.TeamName, StringComparer.Ordinal);
        var language = await LanguagesAsync(teamsTaking.Select(t => t.Team!), homes.Values, ct);
        await announcer.SendAsync(
            [
                .. rotation.Duos.SelectMany(duo => duo.Members.Select(key => Card(tenantId, rotation.Rotation, duo, homes[key], homes, names, language(homes[key])))),
                .. result.UnsatisfiableMembers.Where(homes.ContainsKey).Select(key => new OutboundMessage(
                    tenantId, homes[key].TeamId, key, "pool-unplaced/" + DuoAnnouncer.Round(rotation.Rotation), MessageKinds.DuoNotice, null,
                    PairingTexts.For(language(homes[key])).PoolNotPlaced)),
            ],
            ct);
        return rotation;
    }

    private async Task<(TeamInstallation? Team, IReadOnlyList<TeamMember> Members)> ReadTeamAsync(string tenantId, string teamId, CancellationToken ct)
    {
        var team = teams.GetAsync(tenantId, teamId, ct);
        var everyone = members.ListTeamAsync(tenantId, teamId, ct);
        await Task.WhenAll(team, everyone);
        return (team.Result, everyone.Result);
    }

    private async Task<Dictionary<string, IReadOnlySet<string>>> OtherTeamsAsync(string tenantId, IReadOnlyList<TeamMember> offered, CancellationToken ct)
    {
        var keys = offered.Select(m => m.MemberKey).Distinct(StringComparer.Ordinal).ToList();
        var teamsOf = await Task.WhenAll(keys.Select(key => members.ListTeamsOfAsync(tenantId, key, ct)));
        return keys.Zip(teamsOf).ToDictionary(
            p => p.First, p => (IReadOnlySet<string>)p.Second.Select(t => t.TeamId).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    /// <summary>Each member's language, their own team's locale when theirs is unknown: one query per pooled team.</summary>
    private async Task<Func<TeamMember, UserLanguage>> LanguagesAsync(IEnumerable<TeamInstallation> pooledTeams, IEnumerable<TeamMember> homes, CancellationToken ct)
    {
        var byTeam = homes.GroupBy(m => m.TeamId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(m => m.MemberKey).ToList(), StringComparer.Ordinal);
        var reads = pooledTeams.Where(t => byTeam.ContainsKey(t.TeamId))
            .Select(async t => (t.TeamId, Of: await announcer.LanguagesAsync(t, byTeam[t.TeamId], ct))).ToList();
        var languages = (await Task.WhenAll(reads)).ToDictionary(r => r.TeamId, r => r.Of, StringComparer.Ordinal);
        return member => languages.TryGetValue(member.TeamId, out var of) ? of(member.MemberKey) : UserLanguage.Dutch;
    }

    /// <summary>The member's pool duo card, recorded under their own team; the occurrence is the pool duo's, so a retried round sends it once.</summary>
    private static OutboundMessage Card(
        string tenantId, int rotation, Duo duo, TeamMember self, Dictionary<string, TeamMember> homes, Dictionary<string, string?> teamNames, UserLanguage language) =>
        new(tenantId, self.TeamId, self.MemberKey, Occurrence(rotation, duo), MessageKinds.DuoAnnouncement,
            DuoCard.Render(language, Model(duo, [.. duo.Members.Where(k => k != self.MemberKey).Select(k => homes[k])], teamNames)), null);

    /// <summary>The pool duo card's occurrence id: one per pool duo, so each member's card of it can be found again.</summary>
    public static string Occurrence(int rotation, Duo duo) => "pool-duo/" + DuoKey.Of(rotation, duo.Members);

    /// <summary>What a member's pool duo card shows: each partner by name and own team, and the addresses to reach them by.</summary>
    public static DuoCardModel Model(Duo duo, IReadOnlyList<TeamMember> partners, IReadOnlyDictionary<string, string?> teamNames) =>
        new(
            OrganisationPool.Name,
            [.. partners.Select(p => PairingTexts.PoolPartner(string.IsNullOrWhiteSpace(p.Name) ? "?" : p.Name!, teamNames.GetValueOrDefault(p.TeamId)))],
            [.. partners.Select(p => p.UserPrincipalName).OfType<string>()],
            duo.Moment,
            duo.MomentAgreed) { Pool = true };
}
