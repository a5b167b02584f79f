namespace BreedBot.Benchmarks.Inbound;

/// <summary>What one bot did under one scenario at one concurrency. Latencies in milliseconds.</summary>
internal sealed record LoadFigures(
    string Bot, string Scenario, int Concurrency, double Seconds,
    double[] HttpMs, double[] EndToEndMs, long Failures, long StorageRequests, double BotCpuMs, double StorageCpuMs)
{
    public long Completed => HttpMs.Length;

    /// <summary>What was seeded before the run, when the scenario needed state.</summary>
    public string? Prepared { get; init; }

    /// <summary>The prepared requests ran out before the time was up: the run is shorter (its figures cover the time it ran).</summary>
    public bool RanOut { get; init; }

    public double Throughput => Completed / Seconds;

    public double HttpP50 => Percentile(HttpMs, 0.50);

    public double HttpP99 => Percentile(HttpMs, 0.99);

    public double EndToEndP50 => Percentile(EndToEndMs, 0.50);

    public double EndToEndP99 => Percentile(EndToEndMs, 0.99);

    public double StoragePerActivity => Completed == 0 ? 0 : (double)StorageRequests / Completed;

    public double CpuMsPerActivity => Completed == 0 ? 0 : BotCpuMs / Completed;

    public double StorageCpuMsPerActivity => Completed == 0 ? 0 : StorageCpuMs / Completed;

    private static double Percentile(double[] values, double share)
    {
        if (values.Length == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(share * sorted.Length) - 1)];
    }
}
