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

    /// <summary>How long the storage proxy held each request (0: Azurite as it is).</summary>
    public double StorageLatencyMs { get; init; }

    /// <summary>The storage requests on each completed turn's path, and how many of them came one after another.</summary>
    public TurnPaths Path { get; init; } = TurnPaths.Empty;

    /// <summary>Every storage request of the level by kind.</summary>
    public StorageKinds Storage { get; init; } = StorageKinds.Empty;

    /// <summary>Seconds between one user's requests when the run was paced; null for a closed loop.</summary>
    public double? PaceSeconds { get; init; }

    /// <summary>The level as printed: "50" (closed loop) or "50/1s" (50 users, each acting once a second).</summary>
    public string Level => PaceSeconds is { } pace ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Concurrency}/{pace:0.##}s") : Concurrency.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The level in words, for the summary table.</summary>
    public string Described => PaceSeconds is { } pace
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Concurrency} users, each every {pace:0.##} s")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"concurrency {Concurrency}");

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
