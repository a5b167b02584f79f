using BreedBot.Domain.Members;
using BreedBot.Domain.Pairing;
using BreedBot.Domain.Teams;
using BreedBot.Storage.Members;
using BreedBot.Storage.Pairing;
using BreedBot.Web.Kernel;

namespace BreedBot.Web.Pairing;

/// <summary>
/// Someone left the team or stopped: their duo is mended at once, their partner is told neutrally
/// that they no longer take part, and whoever got a new partner receives a new duo card.
/// </summary>
internal sealed class DuoDeparture(MemberStore members, DuoStore duos, DuoAnnouncer announcer, ILogger<DuoDeparture> logger) : IMemberDepartures
{
    private const int MaxAttempts = 3;

    public async Task OnLeftAsync(TeamInstallation team, string leavingKey, CancellationToken ct)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var current = await duos.GetCurrentAsync(team.TenantId, team.TeamId, ct);
            var before = current?.Duos.FirstOrDefault(d => d.Members.Contains(leavingKey));
            if (current is null || before is null)
            {
                return;
            }

            var everyone = await members.ListTeamAsync(team.TenantId, team.TeamId, ct);
            var candidates = everyone.Where(m => m.Profile is not null).ToDictionary(m => m.MemberKey, m => m.AsCandidate(), StringComparer.Ordinal);
            var repair = RotationRepair.WithoutMember(current.Duos, leavingKey, candidates);
            if (await duos.TryReplaceCurrentAsync(team.TenantId, team.TeamId, current.Rotation, repair.Duos, swappedBy: null, ct))
            {
                Log.DuoMended(logger, repair.Changed.Count);
                await TellAsync(team, current.Rotation, before, leavingKey, repair, everyone, ct);
                return;
            }
        }

        Log.DuoMendGaveUp(logger);
    }

    private async Task TellAsync(TeamInstallation team, int rotation, Duo before, string leavingKey, RepairResult repair, IReadOnlyList<TeamMember> everyone, CancellationToken ct)
    {
        var byKey = everyone.ToDictionary(m => m.MemberKey, StringComparer.Ordinal);
        var leaverName = byKey.TryGetValue(leavingKey, out var leaver) ? leaver.Name : null;
        foreach (var key in repair.Changed.Where(byKey.ContainsKey))
        {
            var member = byKey[key];
            if (before.Members.Contains(key))
            {
                // Neutral on purpose: no reason is given for someone leaving.
                await announcer.SendTextAsync(team, member, DuoAnnouncer.Notice("duo-left", DuoAnnouncer.Paired(rotation, before)), t => t.PartnerLeft(leaverName), ct);
            }

            if (repair.Orphan == key)
            {
                await announcer.SendTextAsync(team, member, DuoAnnouncer.Notice("duo-orphan", DuoAnnouncer.Paired(rotation, before)), t => t.NoPartnerFree, ct);
                continue;
            }

            var duo = repair.Duos.First(d => d.Members.Contains(key));
            await announcer.SendDuoAsync(team, DuoAnnouncer.Mended(rotation, duo, before), duo, member, everyone, ct);
        }
    }

}
