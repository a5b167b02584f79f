using System.Diagnostics;
using BreedBot.Benchmarks.Harness;

namespace BreedBot.Benchmarks.Inbound;

/// <summary>
/// Every storage request of a level by kind (<see cref="StorageRequestKind"/>): how many per turn, how many of those on a
/// turn's path (its trace), and how long the emulator took to answer one (the proxy's exchange time less the latency it
/// added, as a mean). The table says where a turn's storage cost lies, the background work's included.
/// </summary>
internal sealed record StorageKinds(IReadOnlyList<StorageKind> Kinds)
{
    public static StorageKinds Empty { get; } = new([]);

    public static StorageKinds Of(IReadOnlyList<StorageExchange> exchanges, IReadOnlyCollection<string> turnTraces, TimeSpan latency)
    {
        var turns = turnTraces.ToHashSet(StringComparer.Ordinal);
        return new([.. exchanges.GroupBy(e => e.Kind, StringComparer.Ordinal)
            .Select(g => new StorageKind(
                g.Key,
                g.Count(),
                g.Count(e => e.Trace is not null && turns.Contains(e.Trace)),
                g.Average(e => Math.Max(0, Stopwatch.GetElapsedTime(e.Start, e.End).TotalMilliseconds - latency.TotalMilliseconds))))
            .OrderByDescending(k => k.Count)]);
    }
}

/// <summary>One kind of storage request in a level: all of them, those on a turn's path, the emulator's mean answer time.</summary>
internal sealed record StorageKind(string Kind, int Count, int OnPath, double MeanMs);
