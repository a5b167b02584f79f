using BreedBot.Domain.Members;
using BreedBot.Domain.Pairing;
using BreedBot.Domain.Scheduling;
using BreedBot.Domain.Teams;
using BreedBot.Storage.Duos;
using BreedBot.Storage.Members;
using BreedBot.Storage.Teams;

namespace BreedBot.Web.Reminders;

/// <summary>Finds the duos of a team's current rotation as the scheduler sees them: all of them (one rotation read, one member query), or one.</summary>
internal sealed class DuoDirectory(TeamStore teams, DuoStore duos, MemberStore members)
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

    /// <summary>
    /// The duo with this key in the team's current rotation; null when the team, rotation or duo is gone. Reads only
    /// the duo's own member rows (a reminder or a check-in needs no one else), side by side.
    /// </summary>
    public async Task<DuoContext?> FindAsync(string tenantId, string teamId, string duoKey, CancellationToken ct)
    {
        var teamRead = teams.GetAsync(tenantId, teamId, ct);
        var rotationRead = duos.GetCurrentAsync(tenantId, teamId, ct);
        await Task.WhenAll(teamRead, rotationRead);
        if (teamRead.Result is not { Status: InstallationStatus.Installed } team
            || rotationRead.Result is not { } rotation
            || rotation.Duos.FirstOrDefault(d => DuoKey.Of(rotation.Rotation, d.Members) == duoKey) is not { } duo)
        {
            return null;
        }

        var rows = await Task.WhenAll(duo.Members.Select(key => members.GetAsync(tenantId, teamId, key, ct)));
        return Context(team, rotation, duo, [.. rows.OfType<TeamMember>()]);
    }

    private static DuoContext Context(TeamInstallation team, DuoRotation rotation, Duo duo, IReadOnlyList<TeamMember> known)
    {
        var byKey = known.ToDictionary(m => m.MemberKey, StringComparer.Ordinal);
        var schedule = new DuoSchedule(
            new OccurrenceScope(team.TenantId, team.TeamId), team.Settings.TimeZoneId, rotation.Rotation, duo, rotation.PairedAt,
            duo.Members.Where(byKey.ContainsKey).ToDictionary(k => k, k => Partner(byKey[k]), StringComparer.Ordinal));
        return new DuoContext(team, schedule, known);
    }

    private static DuoPartner Partner(TeamMember member) =>
        new(member.MemberKey, member.Status == MembershipStatus.Joined, member.Pause, member.TimeZoneId);
}
