using BreedBot.Domain.Pairing;

namespace BreedBot.Benchmarks;

/// <summary>
/// Runs a pairer over consecutive rotations on one team, feeding each rotation's duos into that
/// pairer's own history, and adds up the quality figures over all rotations.
/// </summary>
internal static class PairingSimulation
{
    public const int RecentRotations = 6;

    public static (PairingQualityFigures Figures, PairingHistory History) Run(
        IReadOnlyList<PairingCandidate> team, int rotations, Func<PairingHistory, int, PairingResult> pair)
    {
        var history = PairingHistory.Empty;
        double duos = 0, repeats = 0, mixed = 0, agreed = 0;
        for (var rotation = 1; rotation <= rotations; rotation++)
        {
            var result = pair(history, rotation);
            var figures = PairingQuality.Measure(result.Duos, team, history, RecentRotations);
            duos += figures.DuoCount;
            repeats += figures.RepeatRate * figures.DuoCount;
            mixed += figures.MixedRoleShare * figures.DuoCount;
            agreed += figures.AgreedMomentShare * figures.DuoCount;
            history = history.With(result.Duos, rotation);
        }

        return (new PairingQualityFigures((int)duos, repeats / duos, mixed / duos, agreed / duos), history);
    }

    /// <summary>Duos that put two members together although one of them said "not with".</summary>
    public static int NotWithBroken(IReadOnlyList<PairingCandidate> team, PairingHistory history)
    {
        var notWith = team.ToDictionary(c => c.MemberKey, c => c.NotWith, StringComparer.Ordinal);
        return history.Duos.Count(d => d.Members.Any(a => d.Members.Any(b => notWith[a].Contains(b))));
    }
}
