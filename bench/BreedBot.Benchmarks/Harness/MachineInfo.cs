namespace BreedBot.Benchmarks.Harness;

/// <summary>What the figures were measured on: other work on the machine inflates wall-clock figures.</summary>
internal static class MachineInfo
{
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    public static string Memory()
    {
        var total = ProcessStats.ReadKilobytes("/proc/meminfo", "MemTotal:");
        return total > 0 ? $"{total / 1024.0 / 1024.0:F1} GiB" : "unknown";
    }
}
