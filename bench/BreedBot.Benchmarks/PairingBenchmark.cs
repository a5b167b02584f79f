using System.Globalization;
using BreedBot.Domain.Pairing;

namespace BreedBot.Benchmarks;

/// <summary>Quality of DuoPairer against RandomPairer over six rotations, and the time to pair 500.</summary>
internal static class PairingBenchmark
{
    private const int Rotations = 6;
    private const ulong TeamSeed = 20270301;

    public static void Run(TextWriter output)
    {
        output.WriteLine(Line($"Pairing benchmark — {Environment.ProcessorCount} cores, .NET {Environment.Version}, team seed {TeamSeed}"));
        output.WriteLine(Line($"Load average at start: {LoadAverage()}"));
        foreach (var size in new[] { 500, 24 })
        {
            CompareQuality(output, size);
        }

        MeasureTime(output, 500);
        PoolBenchmark.Run(output);
    }

    private static void CompareQuality(TextWriter output, int size)
    {
        var team = SyntheticTeam.Generate(size, TeamSeed + (ulong)size);
        var (duo, duoHistory) = PairingSimulation.Run(team, Rotations, (history, rotation) => DuoPairer.Pair(team, history, rotation));
        var (random, randomHistory) = PairingSimulation.Run(team, Rotations, (_, rotation) => RandomPairer.Pair(team, rotation));

        output.WriteLine();
        output.WriteLine(Line($"{size} members, {Rotations} rotations ({duo.DuoCount} duos each; repeats counted against the previous {PairingSimulation.RecentRotations} rotations)"));
        output.WriteLine(Line($"  {"figure",-32}{"DuoPairer",12}{"RandomPairer",14}"));
        output.WriteLine(Line($"  {"repeat rate (lower is better)",-32}{duo.RepeatRate,12:P1}{random.RepeatRate,14:P1}"));
        output.WriteLine(Line($"  {"mixed-role duos",-32}{duo.MixedRoleShare,12:P1}{random.MixedRoleShare,14:P1}"));
        output.WriteLine(Line($"  {"duos with an agreed moment",-32}{duo.AgreedMomentShare,12:P1}{random.AgreedMomentShare,14:P1}"));
        output.WriteLine(Line($"  {"duos breaking a \"not with\"",-32}{PairingSimulation.NotWithBroken(team, duoHistory),12}{PairingSimulation.NotWithBroken(team, randomHistory),14}"));
    }

    private static void MeasureTime(TextWriter output, int size)
    {
        var team = SyntheticTeam.Generate(size, TeamSeed + (ulong)size);

        // A realistic call: the team already has five rotations of history.
        var (_, history) = PairingSimulation.Run(team, Rotations - 1, (h, rotation) => DuoPairer.Pair(team, h, rotation));
        var seed = 0;
        var figures = StopwatchTiming.Measure(() => DuoPairer.Pair(team, history, ++seed), warmUpRuns: 20, measuredRuns: 200);

        output.WriteLine();
        output.WriteLine(Line($"Time to pair {size} members (history of {Rotations - 1} rotations, {figures.Runs} runs after 20 warm-up runs, a new seed each run)"));
        output.WriteLine(Line($"  median {figures.MedianMs:F1} ms, p95 {figures.P95Ms:F1} ms, min {figures.MinMs:F1} ms, max {figures.MaxMs:F1} ms; process CPU {figures.CpuMsPerRun:F1} ms per run; allocated {figures.AllocatedBytesPerRun / 1024.0:F0} KB per run"));
    }

    /// <summary>Other work on the machine inflates wall-clock figures; say how busy it was.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
