using System.Diagnostics;

namespace BreedBot.Benchmarks;

/// <summary>
/// Times an action: warm-up runs first (JIT, tiered compilation), then many measured runs;
/// reports median, p95 and the bytes allocated per run on this thread. The process CPU time per
/// run is reported too: on a busy machine wall-clock figures include time spent waiting for a core.
/// </summary>
internal static class StopwatchTiming
{
    public sealed record Figures(int Runs, double MedianMs, double P95Ms, double MinMs, double MaxMs, double CpuMsPerRun, long AllocatedBytesPerRun);

    public static Figures Measure(Action action, int warmUpRuns, int measuredRuns)
    {
        for (var i = 0; i < warmUpRuns; i++)
        {
            action();
        }

        var times = new double[measuredRuns];
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < measuredRuns; i++)
        {
            var start = Stopwatch.GetTimestamp();
            action();
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / measuredRuns;
        process.Refresh();
        var cpuMs = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / measuredRuns;
        Array.Sort(times);
        return new Figures(measuredRuns, Percentile(times, 0.5), Percentile(times, 0.95), times[0], times[^1], cpuMs, allocated);
    }

    private static double Percentile(double[] sorted, double share) =>
        sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(share * sorted.Length) - 1)];
}
