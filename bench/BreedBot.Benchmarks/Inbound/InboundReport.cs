using System.Globalization;

namespace BreedBot.Benchmarks.Inbound;

/// <summary>
/// Prints the inbound figures per scenario: each level at each storage latency, the storage requests on a turn's path
/// and their depth, BreedBot's ratio to the peer and its CPU per turn against the floor's where those ran.
/// </summary>
internal static class InboundReport
{
    public static void Print(TextWriter output, IReadOnlyList<LoadFigures> results)
    {
        foreach (var scenario in results.Select(r => r.Scenario).Distinct())
        {
            output.WriteLine();
            output.WriteLine(Line($"Scenario '{scenario}' (latencies in ms; e2e = {EndToEnd(scenario)})"));
            output.WriteLine("  path = storage requests on the turn's path (mean, max); depth = of those, how many one after another (median, max);");
            output.WriteLine("  storage/act = every storage request during the level ÷ turns, background work included");
            output.WriteLine(Line($"  {"bot",-9}{"lat",5}{"conc",8}{"req/s",8}{"http p50",10}{"http p99",10}{"e2e p50",10}{"e2e p99",10}{"path",10}{"depth",7}{"storage/act",13}{"cpu ms/act",12}{"azurite cpu",13}{"failed",8}"));
            foreach (var r in results.Where(r => r.Scenario == scenario))
            {
                var path = r.Path.Requests.Length == 0 ? "—" : Line($"{r.Path.MeanRequests:F1}/{r.Path.MaxRequests}");
                var depth = r.Path.Depths.Length == 0 ? "—" : Line($"{r.Path.MedianDepth}/{r.Path.MaxDepth}");
                output.WriteLine(Line($"  {r.Bot,-9}{r.StorageLatencyMs,5:0.#}{r.Level,8}{r.Throughput,8:F0}{r.HttpP50,10:F1}{r.HttpP99,10:F1}{r.EndToEndP50,10:F1}{r.EndToEndP99,10:F1}{path,10}{depth,7}{r.StoragePerActivity,13:F2}{r.CpuMsPerActivity,12:F3}{r.StorageCpuMsPerActivity,13:F2}{r.Failures,8}"));
            }

            foreach (var r in results.Where(r => r.Scenario == scenario && (r.Prepared is not null || r.RanOut)))
            {
                output.WriteLine(Line($"  {r.Bot} at {r.Level}, {r.StorageLatencyMs:0.#} ms: {r.Prepared}{(r.RanOut ? $"; all used after {r.Seconds:F1} s, so the run is that long" : "")}"));
            }

            PrintStorageKinds(output, results.Where(r => r.Scenario == scenario && r.Storage.Kinds.Count > 0));
            PrintAgainst(output, scenario, results, "peer");
            PrintAgainst(output, scenario, results, "floor");
            Summarize(scenario, results);
        }
    }

    /// <summary>What e2e measures in each scenario: where its reply goes.</summary>
    private static string EndToEnd(string scenario) => scenario switch
    {
        "reflection-step" => "until the invoke answer with the next step's card, the only reply: the same as http",
        "checkin" => "until the partner's reminder card update reached the connector stand-in; the sender's card is the invoke answer (http)",
        _ => "until the reply reached the connector stand-in",
    };

    // BreedBot's rows without added latency against the other bot's at the same level.
    private static void PrintAgainst(TextWriter output, string scenario, IReadOnlyList<LoadFigures> results, string other)
    {
        var pairs = Pairs(scenario, results, other);
        if (pairs.Count == 0)
        {
            if (other == "peer" && results.Any(r => r.Scenario == scenario && r.Bot == "BreedBot") && !results.Any(r => r.Scenario == scenario && r.Bot == other))
            {
                output.WriteLine(Line($"  BreedBot ÷ {other}: — (the {other} has no equivalent of '{scenario}')"));
            }

            return;
        }

        output.WriteLine(Line($"  BreedBot ÷ {other,-5}: {"conc",8}{"req/s",9}{"http p99",10}{"e2e p99",10}{"cpu/act",10}"));
        foreach (var (b, p) in pairs)
        {
            output.WriteLine(Line($"  {"",16}{b.Level,8}{b.Throughput / p.Throughput,8:F2}×{b.HttpP99 / p.HttpP99,9:F2}×{b.EndToEndP99 / p.EndToEndP99,9:F2}×{b.CpuMsPerActivity / p.CpuMsPerActivity,9:F2}×"));
        }
    }

    private static void PrintStorageKinds(TextWriter output, IEnumerable<LoadFigures> levels)
    {
        foreach (var r in levels)
        {
            output.WriteLine(Line($"  storage by kind, {r.Bot} at {r.Level}, {r.StorageLatencyMs:0.#} ms (per turn; on path per turn; emulator's mean answer in ms):"));
            foreach (var k in r.Storage.Kinds)
            {
                output.WriteLine(Line($"    {k.Kind,-34}{(double)k.Count / r.Completed,8:F2}{(double)k.OnPath / r.Completed,8:F2}{k.MeanMs,9:F2}"));
            }
        }
    }

    private static List<(LoadFigures BreedBot, LoadFigures Other)> Pairs(string scenario, IReadOnlyList<LoadFigures> results, string other) =>
        [.. results.Where(r => r.Scenario == scenario && r.Bot == "BreedBot" && r.StorageLatencyMs == 0)
            .Select(b => (b, o: results.FirstOrDefault(r => r.Scenario == scenario && r.Bot == other && r.Concurrency == b.Concurrency && r.PaceSeconds == b.PaceSeconds)))
            .Where(pair => pair.o is not null)
            .Select(pair => (pair.b, pair.o!))];

    // The bars of issue 23 and DESIGN §5, for the table `all` ends with.
    private static void Summarize(string scenario, IReadOnlyList<LoadFigures> results)
    {
        foreach (var r in results.Where(r => r.Scenario == scenario && r.Bot == "BreedBot" && (r.Concurrency == results.Where(x => x.Scenario == scenario).Max(x => x.Concurrency))))
        {
            var at = Line($"{r.Described}, {r.StorageLatencyMs:0.#} ms storage latency");
            var bar = (scenario, r.StorageLatencyMs) switch
            {
                ("checkin", 0) or ("reflection-step", 0) => "< 50 ms",
                ("checkin", _) => "< 100 ms at 8 ms",
                ("reflection-step", _) => "< 60 ms at 8 ms",
                _ => "—",
            };
            BenchSummary.Add($"BreedBot '{scenario}' http p99 at {at}", Line($"{r.HttpP99:F1} ms"), bar);
            if (r.Path.Requests.Length > 0)
            {
                BenchSummary.Add($"BreedBot '{scenario}' storage requests on a turn's path (max) and in sequence (max)", Line($"{r.Path.MaxRequests} and {r.Path.MaxDepth}"),
                    scenario == "checkin" ? "≤ 3 and ≤ 2" : scenario == "reflection-step" ? "≤ 2" : "—");
            }
        }

        if (Pairs(scenario, results, "peer").OrderBy(p => p.BreedBot.Concurrency).LastOrDefault() is ({ } top, { } peer))
        {
            BenchSummary.Add($"'{scenario}' throughput BreedBot ÷ peer at {top.Described}", Line($"{top.Throughput / peer.Throughput:F2}×"), "≥ 3×");
            BenchSummary.Add($"'{scenario}' http p99 BreedBot ÷ peer at {top.Described}", Line($"{top.HttpP99 / peer.HttpP99:F2}×"), "≤ 0.33×");
        }

        if (Pairs(scenario, results, "floor").OrderBy(p => p.BreedBot.Concurrency).LastOrDefault() is ({ } b, { } floor))
        {
            BenchSummary.Add($"'{scenario}' CPU per turn BreedBot ÷ floor at {b.Described}", Line($"{b.CpuMsPerActivity / floor.CpuMsPerActivity:F2}× ({b.CpuMsPerActivity:F3} vs {floor.CpuMsPerActivity:F3} ms)"), "≤ 2×");
        }
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
