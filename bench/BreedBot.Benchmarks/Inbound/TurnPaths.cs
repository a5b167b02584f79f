using BreedBot.Testing;

namespace BreedBot.Benchmarks.Inbound;

/// <summary>
/// The storage round trips on the path of each completed turn, told apart by trace id: the load generator gives each
/// request its own W3C trace, ASP.NET Core continues it in BreedBot, the Azure SDK sends it on with every storage
/// request the turn makes, and the proxy notes each exchange with it. Work a turn leaves for after its reply runs
/// outside that trace, so it is not counted here (it is in the storage column). Per turn: how many requests, and how
/// many of them waited one for another (<see cref="RoundTrips.Sequential"/>: the longest chain of requests each starting
/// after the last one ended). Parallel requests overlap reliably when the proxy holds each for a few milliseconds
/// (<c>--storage-latency</c>); at 0 ms on a saturated machine two parallel requests can happen not to overlap, and the
/// depth can read one too high, never too low.
/// </summary>
internal sealed record TurnPaths(int[] Requests, int[] Depths)
{
    public static TurnPaths Empty { get; } = new([], []);

    public static TurnPaths Of(IReadOnlyList<string> turns, IReadOnlyList<Harness.StorageExchange> exchanges)
    {
        var byTrace = exchanges.Where(e => e.Trace is not null).GroupBy(e => e.Trace!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var requests = new int[turns.Count];
        var depths = new int[turns.Count];
        for (var i = 0; i < turns.Count; i++)
        {
            if (byTrace.TryGetValue(turns[i], out var own))
            {
                requests[i] = own.Count;
                depths[i] = RoundTrips.Sequential(own.Select(e => (e.Start, e.End)));
            }
        }

        return new TurnPaths(requests, depths);
    }

    public double MeanRequests => Requests.Length == 0 ? double.NaN : Requests.Average();

    public int MaxRequests => Requests.Length == 0 ? 0 : Requests.Max();

    public int MedianDepth => Depths.Length == 0 ? 0 : Depths.Order().ElementAt(Depths.Length / 2);

    public int MaxDepth => Depths.Length == 0 ? 0 : Depths.Max();
}
