using BreedBot.Domain.Members;
using BreedBot.Domain.Pairing;
using BreedBot.Domain.Teams;
using BreedBot.Storage.Members;
using BreedBot.Storage.Pairing;

namespace BreedBot.Web.Pairing;

/// <summary>
/// One pairing round for a team: who is available today, the pairer's duos against the recent
/// history, stored as the next rotation. Announcing is the caller's part.
/// </summary>
internal sealed class PairingRun(MemberStore members, DuoStore duos, TimeProvider time)
{
    public async Task<PairingRoundResult> RunAsync(TeamInstallation team, CancellationToken ct)
    {
        var everyone = await members.ListTeamAsync(team.TenantId, team.TeamId, ct);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var pool = PairingPool.Select(everyone.Where(m => m.Profile is not null).Select(ToPoolMember), today);
        var current = await duos.GetCurrentAsync(team.TenantId, team.TeamId, ct);
        var previous = current?.Rotation ?? 0;
        var history = await duos.GetHistoryAsync(team.TenantId, team.TeamId, previous, PairingWeights.Default.RecentRotations, ct);
        var seed = PairingSeed.For(team.TeamId, previous + 1);
        var result = DuoPairer.Pair(pool, history, seed, PairingWeights.ForTeam(team.Settings.MixRoles));
        if (result.Duos.Count == 0)
        {
            return new PairingRoundResult(result, null, everyone);
        }

        var rotation = new DuoRotation(previous + 1, seed, time.GetUtcNow(), result.Duos);
        var saved = await duos.TrySaveAsync(team.TenantId, team.TeamId, previous, rotation, ct);
        return new PairingRoundResult(result, saved ? rotation : null, everyone) { LostRace = !saved };
    }

    private static PoolMember ToPoolMember(TeamMember member) => new(
        member.AsCandidate(),
        OptedIn: member.Status == MembershipStatus.Joined,
        PausedUntil: member.Pause?.Until.AddDays(1));
}

/// <summary>The pairer's answer, the stored rotation (null when nothing was stored), and the members it was made from.</summary>
internal sealed record PairingRoundResult(PairingResult Result, DuoRotation? Rotation, IReadOnlyList<TeamMember> Members)
{
    public bool LostRace { get; init; }
}
