using BreedBot.Domain.Members;
using BreedBot.Domain.Pairing;
using BreedBot.Domain.Teams;
using BreedBot.Storage.Pairing;

namespace BreedBot.Web.Pairing;

/// <summary>
/// Pairs a team and tells everyone: each member their partner(s) privately, anyone who could not
/// be placed why, and returns the count-only sentence for the channel. Used by the owner's command
/// and button, and by the rotation job. The members' messages are queued in the outbox (see <see cref="DuoAnnouncer"/>).
/// </summary>
internal sealed class TeamPairing(PairingRun run, DuoAnnouncer announcer, ILogger<TeamPairing> logger)
{
    public async Task<string> PairAsync(TeamInstallation team, PairingTexts texts, CancellationToken ct) =>
        (await PairRoundAsync(team, texts, ct)).Answer;

    /// <summary>The channel's answer, and the rotation this call stored (null when none: too few, or another won the race).</summary>
    public async Task<(string Answer, DuoRotation? Stored)> PairRoundAsync(TeamInstallation team, PairingTexts texts, CancellationToken ct)
    {
        var (answerIn, stored) = await RunRoundAsync(team, ct);
        return (answerIn(texts), stored);
    }

    /// <summary>Pairs once, and gives the count-only answer in whichever language it is asked in (the clicker's, the channel's).</summary>
    public async Task<(Func<PairingTexts, string> AnswerIn, DuoRotation? Stored)> RunRoundAsync(TeamInstallation team, CancellationToken ct)
    {
        var round = await run.RunAsync(team, ct);
        if (round.Rotation is { } stored)
        {
            Log.Paired(logger, stored.Rotation, stored.Duos.Count);
            await AnnounceAsync(team, stored, round.Members, round.Result.UnsatisfiableMembers, ct);
        }

        string AnswerIn(PairingTexts texts) => round switch
        {
            { LostRace: true } => texts.AlreadyRunning,
            { Result.Outcome: PairingOutcome.NoOneAvailable } => texts.NoOneYet,
            { Result.Outcome: PairingOutcome.TooFewMembers } => texts.TooFew,
            { Rotation: { } rotation } => texts.Paired(rotation.Duos.Count, rotation.Duos.Count(d => d.Members.Count == 3), round.Result.UnsatisfiableMembers.Count, round.Result.UnsatisfiableProven),
            _ => texts.Unsatisfiable(round.Result.UnsatisfiableMembers.Count, round.Result.UnsatisfiableProven),
        };

        return (AnswerIn, round.Rotation);
    }

    private async Task AnnounceAsync(TeamInstallation team, DuoRotation rotation, IReadOnlyList<TeamMember> everyone, IReadOnlyList<string> unplaced, CancellationToken ct)
    {
        var byKey = everyone.ToDictionary(m => m.MemberKey, StringComparer.Ordinal);
        var languageOf = await announcer.LanguagesAsync(team, [.. rotation.Duos.SelectMany(d => d.Members).Concat(unplaced)], ct);
        var messages = rotation.Duos
            .SelectMany(duo => duo.Members.Select(key => DuoAnnouncer.Card(team, DuoAnnouncer.Paired(rotation.Rotation, duo), duo, byKey[key], everyone, languageOf(key))))
            .Concat(unplaced.Select(key => DuoAnnouncer.Text(team, byKey[key], DuoAnnouncer.Notice("duo-unplaced", DuoAnnouncer.Round(rotation.Rotation)),
                PairingTexts.For(languageOf(key)).NotPlacedThisRound)))
            .ToList();
        await announcer.SendAsync(messages, ct);
    }
}
