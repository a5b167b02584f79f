using BreedBot.Domain.Members;
using BreedBot.Domain.Scheduling;
using BreedBot.Domain.Teams;
using BreedBot.Storage.Duos;
using BreedBot.Storage.Members;
using BreedBot.Storage.Teams;

namespace BreedBot.Web.Reminders;

/// <summary>Finds the duos of a team's current rotation as the scheduler sees them (one rotation read, one member query).</summary>
internal sealed class DuoDirectory(TeamStore teams, DuoStore duos, MemberStore members)
{
    public async Task<IReadOnlyList<DuoContext>> OfTeamAsync(TeamInstallation team, CancellationToken ct)
    {
        if (await duos.GetCurrentAsync(team.TenantId, team.TeamId, ct) is not { } rotation)
        {
            return [];
        }

        var everyone = await members.ListTeamAsync(team.TenantId, team.TeamId, ct);
        var byKey = everyone.ToDictionary(m => m.MemberKey, StringComparer.Ordinal);
        var scope = new OccurrenceScope(team.TenantId, team.TeamId);
        return [.. rotation.Duos.Select(duo => new DuoContext(team, new DuoSchedule(
            scope, team.Settings.TimeZoneId, rotation.Rotation, duo, rotation.PairedAt,
            duo.Members.Where(byKey.ContainsKey).ToDictionary(k => k, k => Partner(byKey[k]), StringComparer.Ordinal)), everyone))];
    }

    /// <summary>The duo with this key in the team's current rotation; null when the team, rotation or duo is gone.</summary>
    public async Task<DuoContext?> FindAsync(string tenantId, string teamId, string duoKey, CancellationToken ct) =>
        await teams.GetAsync(tenantId, teamId, ct) is { Status: InstallationStatus.Installed } team
            ? (await OfTeamAsync(team, ct)).FirstOrDefault(d => d.Schedule.Key == duoKey)
            : null;

    private static DuoPartner Partner(TeamMember member) =>
        new(member.MemberKey, member.Status == MembershipStatus.Joined, member.Pause, member.TimeZoneId);
}
