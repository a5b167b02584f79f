using System.Diagnostics;

namespace BreedBot.Benchmarks;

/// <summary>
/// Times an action: warm-up runs first (JIT, tiered compilation), then many measured runs;
/// reports median, p95 and the bytes allocated per run on this thread.
/// </summary>
internal static class StopwatchTiming
{
    public sealed record Figures(int Runs, double MedianMs, double P95Ms, double MinMs, double MaxMs, long AllocatedBytesPerRun);

    public static Figures Measure(Action action, int warmUpRuns, int measuredRuns)
    {
        for (var i = 0; i < warmUpRuns; i++)
        {
            action();
        }

        var times = new double[measuredRuns];
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < measuredRuns; i++)
        {
            var start = Stopwatch.GetTimestamp();
            action();
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / measuredRuns;
        Array.Sort(times);
        return new Figures(measuredRuns, Percentile(times, 0.5), Percentile(times, 0.95), times[0], times[^1], allocated);
    }

    private static double Percentile(double[] sorted, double share) =>
        sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(share * sorted.Length) - 1)];
}
