using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.Members;
using BreedBot.Domain.Pairing;
using BreedBot.Domain.Scheduling;
using BreedBot.Domain.Teams;
using BreedBot.Storage.Members;
using BreedBot.Storage.Pairing;
using BreedBot.Storage.Pool;
using BreedBot.Storage.Teams;

namespace BreedBot.Web.DuoWeeks;

/// <summary>
/// Finds the duos of a team's current rotation as the scheduler sees them: all of them (one rotation read, one member
/// query), or one; or one duo as the scheduler planned its week (<see cref="Planned"/>), from rows already read. A duo of
/// the rotation comes with its <see cref="DuoCalendar"/> (the team's or the duo's rhythm, the team's quiet weeks); a
/// planned one has every week, as only its own week matters to an answer on its card.
/// The organisation pool's duos (scope <see cref="OrganisationPool.ScopeId"/>) are found the same way, their members read
/// in their own teams; a member whose team left the pool, or who no longer chose it, takes no part in the pool duo.
/// </summary>
internal sealed class DuoDirectory(TeamStore teams, DuoStore duos, MemberStore members, PoolStore pool)
{
    public async Task<IReadOnlyList<DuoContext>> OfTeamAsync(TeamInstallation team, CancellationToken ct)
    {
        if (await duos.GetCurrentAsync(team.TenantId, team.TeamId, ct) is not { } rotation)
        {
            return [];
        }

        var everyone = await members.ListTeamAsync(team.TenantId, team.TeamId, ct);
        return [.. rotation.Duos.Select(duo => Context(team, rotation, duo, everyone))];
    }

    /// <summary>The duos of the tenant's pool, with their members' rows from their own teams.</summary>
    public async Task<IReadOnlyList<DuoContext>> OfPoolAsync(string tenantId, CancellationToken ct)
    {
        var rotationRead = duos.GetCurrentAsync(tenantId, OrganisationPool.ScopeId, ct);
        var pooledRead = pool.ListTeamsAsync(tenantId, ct);
        await Task.WhenAll(rotationRead, pooledRead);
        if (rotationRead.Result is not { } rotation)
        {
            return [];
        }

        var rows = await PoolRowsAsync(tenantId, rotation, rotation.Homes.Keys, pooledRead.Result, ct);
        return [.. rotation.Duos.Select(duo => PoolContext(tenantId, rotation, duo, rows))];
    }

    /// <summary>The duo with this key in the team's (or the pool's) current rotation; null when the team, rotation or duo is gone.</summary>
    public async Task<DuoContext?> FindAsync(string tenantId, string teamId, string duoKey, CancellationToken ct) =>
        (await FindInTeamAsync(tenantId, teamId, duoKey, ct))?.Duo;

    /// <summary>
    /// Like <see cref="FindAsync"/>, with the team's installation (its settings). Reads only the duo's own member rows
    /// (a reminder or a check-in needs no one else), side by side.
    /// </summary>
    public async Task<(TeamInstallation Team, DuoContext Duo)?> FindInTeamAsync(string tenantId, string teamId, string duoKey, CancellationToken ct)
    {
        if (OrganisationPool.IsPool(teamId))
        {
            return await FindInPoolAsync(tenantId, duoKey, ct);
        }

        var teamRead = teams.GetAsync(tenantId, teamId, ct);
        var rotationRead = duos.GetCurrentAsync(tenantId, teamId, ct);
        await Task.WhenAll(teamRead, rotationRead);
        if (teamRead.Result is not { Status: InstallationStatus.Installed } team
            || rotationRead.Result is not { } rotation
            || rotation.Duos.FirstOrDefault(d => DuoKey.Of(rotation.Rotation, d.Members) == duoKey) is not { } duo)
        {
            return null;
        }

        var rows = (await members.ReadAsync(tenantId, teamId, duo.Members, ct)).Members;
        return (team, Context(team, rotation, duo, rows));
    }

    /// <summary>
    /// The duo <paramref name="duoKey"/> names, as the scheduler planned its week, from its members' rows: no read.
    /// The caller has checked that <paramref name="memberKeys"/> are the ones the key names (<see cref="DuoKey.Names"/>).
    /// </summary>
    public static DuoContext Planned(string tenantId, string teamId, string duoKey, DuoWeekPlan plan, IReadOnlyCollection<string> memberKeys, IReadOnlyList<TeamMember> rows)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var duo = new Duo([.. memberKeys], plan.Moment, plan.MomentAgreed);
        return new DuoContext(new DuoTeam(tenantId, teamId, plan.TeamName), Schedule(tenantId, teamId, plan.TeamTimeZoneId, DuoKey.RotationOf(duoKey), plan.PairedAt, duo, rows, _ => true), rows);
    }

    private async Task<(TeamInstallation Team, DuoContext Duo)?> FindInPoolAsync(string tenantId, string duoKey, CancellationToken ct)
    {
        var rotationRead = duos.GetCurrentAsync(tenantId, OrganisationPool.ScopeId, ct);
        var pooledRead = pool.ListTeamsAsync(tenantId, ct);
        await Task.WhenAll(rotationRead, pooledRead);
        if (rotationRead.Result is not { } rotation
            || rotation.Duos.FirstOrDefault(d => DuoKey.Of(rotation.Rotation, d.Members) == duoKey) is not { } duo)
        {
            return null;
        }

        var rows = await PoolRowsAsync(tenantId, rotation, duo.Members, pooledRead.Result, ct);
        var scope = new TeamInstallation(tenantId, OrganisationPool.ScopeId, OrganisationPool.Name, null, new ConversationAddress("", "", ""), InstallationStatus.Installed, rotation.PairedAt, rotation.PairedAt);
        return (scope, PoolContext(tenantId, rotation, duo, rows));
    }

    /// <summary>The members' rows, each read in the team they were paired from; those whose team left the pool come back not taking part.</summary>
    private async Task<IReadOnlyList<TeamMember>> PoolRowsAsync(string tenantId, DuoRotation rotation, IEnumerable<string> memberKeys, IReadOnlyList<string> pooled, CancellationToken ct)
    {
        var reads = memberKeys.Where(rotation.Homes.ContainsKey)
            .GroupBy(key => rotation.Homes[key], StringComparer.Ordinal)
            .Select(home => members.ReadAsync(tenantId, home.Key, [.. home], ct));
        var rows = (await Task.WhenAll(reads)).SelectMany(r => r.Members);
        return [.. rows.Select(m => pooled.Contains(m.TeamId, StringComparer.Ordinal) ? m : m with { PoolOptIn = false })];
    }

    private static DuoContext PoolContext(string tenantId, DuoRotation rotation, Duo duo, IReadOnlyList<TeamMember> rows) =>
        new(DuoTeam.Pool(tenantId), Schedule(tenantId, OrganisationPool.ScopeId, null, rotation.Rotation, rotation.PairedAt, duo, rows, m => m.PoolOptIn), rows)
        {
            Homes = duo.Members.Where(rotation.Homes.ContainsKey).ToDictionary(k => k, k => rotation.Homes[k], StringComparer.Ordinal),
        };

    private static DuoContext Context(TeamInstallation team, DuoRotation rotation, Duo duo, IReadOnlyList<TeamMember> known) =>
        new(DuoTeam.Of(team), Schedule(team.TenantId, team.TeamId, team.Settings.TimeZoneId, rotation.Rotation, rotation.PairedAt, duo, known, _ => true) with
        {
            Calendar = DuoCalendar.For(team.Settings, team.QuietPeriods, duo, rotation.PairedAt),
        }, known);

    /// <param name="inScope">Whether a joined member still takes part in this duo's scope (for the pool: they still chose it).</param>
    private static DuoSchedule Schedule(string tenantId, string teamId, string? teamZone, int rotation, DateTimeOffset pairedAt, Duo duo, IReadOnlyList<TeamMember> known, Func<TeamMember, bool> inScope)
    {
        var byKey = known.ToDictionary(m => m.MemberKey, StringComparer.Ordinal);
        return new DuoSchedule(
            new OccurrenceScope(tenantId, teamId), teamZone, rotation, duo, pairedAt,
            duo.Members.Where(byKey.ContainsKey).ToDictionary(k => k, k => Partner(byKey[k], inScope(byKey[k])), StringComparer.Ordinal));
    }

    private static DuoPartner Partner(TeamMember member, bool inScope) =>
        new(member.MemberKey, inScope && member.Status == MembershipStatus.Joined, member.Pause, member.TimeZoneId);
}
