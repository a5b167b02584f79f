using System.Globalization;
using BreedBot.Domain.Pairing;

namespace BreedBot.Benchmarks;

/// <summary>
/// Quality of the organisation pool's pairing (<see cref="PoolPairer"/>) against random pairing of the same people over
/// six rotations, and the time to pair a pool of 500. Part of <c>pairing</c>.
/// </summary>
internal static class PoolBenchmark
{
    private const int Rotations = 6;
    private const ulong PoolSeed = 20270315;

    public static void Run(TextWriter output)
    {
        foreach (var teams in new[] { 8, 100 })
        {
            CompareQuality(output, SyntheticPool.Generate(teams, PoolSeed + (ulong)teams));
        }

        MeasureTime(output, SyntheticPool.Generate(100, PoolSeed + 100));
    }

    private static void CompareQuality(TextWriter output, IReadOnlyList<PoolCandidate> pool)
    {
        var teams = pool.Select(c => c.TeamId).Distinct().Count();
        var people = PoolPairer.Candidates(pool);
        var pooled = Simulate(pool, (history, rotation) => PoolPairer.Pair(pool, history, rotation));
        // The baseline pairs the same people at random; its one repair attempt per duo also tries to undo a duo of one team.
        var random = Simulate(pool, (_, rotation) => RandomPairer.Pair(people, rotation));

        output.WriteLine();
        output.WriteLine(Line($"Organisation pool: {people.Count} members of {teams} small teams, {Rotations} rotations (repeats counted against the previous {PairingSimulation.RecentRotations})"));
        output.WriteLine(Line($"  {"figure",-36}{"PoolPairer",12}{"RandomPairer",14}"));
        output.WriteLine(Line($"  {"repeat rate (lower is better)",-36}{pooled.Team.RepeatRate,12:P1}{random.Team.RepeatRate,14:P1}"));
        output.WriteLine(Line($"  {"different beroepsgroep",-36}{pooled.MixedClusterShare,12:P1}{random.MixedClusterShare,14:P1}"));
        output.WriteLine(Line($"  {"mixed-role duos",-36}{pooled.Team.MixedRoleShare,12:P1}{random.Team.MixedRoleShare,14:P1}"));
        output.WriteLine(Line($"  {"duos with an agreed moment",-36}{pooled.Team.AgreedMomentShare,12:P1}{random.Team.AgreedMomentShare,14:P1}"));
        output.WriteLine(Line($"  {"duos of one team (must be 0)",-36}{pooled.SameTeamRate,12:P1}{random.SameTeamRate,14:P1}"));
        output.WriteLine(Line($"  {"duos breaking a \"not with\"",-36}{pooled.NotWithBrokenRate,12:P1}{random.NotWithBrokenRate,14:P1}"));
    }

    /// <summary>Each rotation fed into the pairer's own history; the figures weighted by each rotation's duos.</summary>
    private static PoolQualityFigures Simulate(IReadOnlyList<PoolCandidate> pool, Func<PairingHistory, int, PairingResult> pair)
    {
        var history = PairingHistory.Empty;
        var all = new List<(PoolQualityFigures Figures, int Duos)>();
        for (var rotation = 1; rotation <= Rotations; rotation++)
        {
            var result = pair(history, rotation);
            all.Add((PoolQuality.Measure(result.Duos, pool, history, PairingSimulation.RecentRotations), result.Duos.Count));
            history = history.With(result.Duos, rotation);
        }

        double duos = all.Sum(a => a.Duos);
        double Mean(Func<PoolQualityFigures, double> figure) => all.Sum(a => figure(a.Figures) * a.Duos) / duos;
        return new PoolQualityFigures(
            new PairingQualityFigures((int)duos, Mean(f => f.Team.RepeatRate), Mean(f => f.Team.MixedRoleShare), Mean(f => f.Team.AgreedMomentShare)),
            Mean(f => f.MixedClusterShare), Mean(f => f.SameTeamRate), Mean(f => f.NotWithBrokenRate));
    }

    private static void MeasureTime(TextWriter output, IReadOnlyList<PoolCandidate> pool)
    {
        var history = PairingHistory.Empty;
        for (var rotation = 1; rotation < Rotations; rotation++)
        {
            history = history.With(PoolPairer.Pair(pool, history, rotation).Duos, rotation);
        }

        var seed = 0;
        var figures = StopwatchTiming.Measure(() => PoolPairer.Pair(pool, history, ++seed), warmUpRuns: 10, measuredRuns: 100);
        output.WriteLine();
        output.WriteLine(Line($"Time to pair a pool of {PoolPairer.Candidates(pool).Count} members (history of {Rotations - 1} rotations, {figures.Runs} runs after 10 warm-up runs)"));
        output.WriteLine(Line($"  median {figures.MedianMs:F1} ms, p95 {figures.P95Ms:F1} ms, max {figures.MaxMs:F1} ms; allocated {figures.AllocatedBytesPerRun / 1024.0:F0} KB per run"));
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
