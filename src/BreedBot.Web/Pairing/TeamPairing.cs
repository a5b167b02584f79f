using BreedBot.Domain.Members;
using BreedBot.Domain.Pairing;
using BreedBot.Domain.Teams;
using BreedBot.Storage.Duos;

namespace BreedBot.Web.Pairing;

/// <summary>
/// Pairs a team and tells everyone: each member their partner(s) privately, anyone who could not
/// be placed why, and returns the count-only sentence for the channel. Used by the owner's command
/// and button, and by the rotation job.
/// </summary>
internal sealed class TeamPairing(PairingRun run, DuoAnnouncer announcer, ILogger<TeamPairing> logger)
{
    public async Task<string> PairAsync(TeamInstallation team, PairingTexts texts, CancellationToken ct)
    {
        var round = await run.RunAsync(team, ct);
        if (round.Rotation is { } stored)
        {
            Log.Paired(logger, stored.Rotation, stored.Duos.Count);
            await AnnounceAsync(team, stored, round.Members, round.Result.UnsatisfiableMembers, ct);
        }

        return round switch
        {
            { LostRace: true } => texts.AlreadyRunning,
            { Result.Outcome: PairingOutcome.NoOneAvailable } => texts.NoOneYet,
            { Result.Outcome: PairingOutcome.TooFewMembers } => texts.TooFew,
            { Rotation: { } rotation } => texts.Paired(rotation.Duos.Count, rotation.Duos.Count(d => d.Members.Count == 3), round.Result.UnsatisfiableMembers.Count, round.Result.UnsatisfiableProven),
            _ => texts.Unsatisfiable(round.Result.UnsatisfiableMembers.Count, round.Result.UnsatisfiableProven),
        };
    }

    private async Task AnnounceAsync(TeamInstallation team, DuoRotation rotation, IReadOnlyList<TeamMember> everyone, IReadOnlyList<string> unplaced, CancellationToken ct)
    {
        var byKey = everyone.ToDictionary(m => m.MemberKey, StringComparer.Ordinal);
        foreach (var duo in rotation.Duos)
        {
            foreach (var key in duo.Members)
            {
                await announcer.SendDuoAsync(team, duo, byKey[key], everyone, ct);
            }
        }

        foreach (var key in unplaced)
        {
            await announcer.SendTextAsync(team, byKey[key], PairingTexts.For(Localization.UserLanguage.Dutch).NotPlacedThisRound, ct);
        }
    }
}
