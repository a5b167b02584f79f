using System.Globalization;

namespace BreedBot.Benchmarks.Inbound;

/// <summary>Prints the inbound figures per scenario, and BreedBot's ratio to the peer where both ran.</summary>
internal static class InboundReport
{
    public static void Print(TextWriter output, IReadOnlyList<LoadFigures> results)
    {
        foreach (var scenario in results.Select(r => r.Scenario).Distinct())
        {
            output.WriteLine();
            output.WriteLine(Line($"Scenario '{scenario}' (latencies in ms; e2e = {EndToEnd(scenario)})"));
            output.WriteLine(Line($"  {"bot",-9}{"conc",8}{"req/s",9}{"http p50",10}{"http p99",10}{"e2e p50",10}{"e2e p99",10}{"storage/act",13}{"cpu ms/act",12}{"azurite cpu",13}{"failed",8}"));
            foreach (var r in results.Where(r => r.Scenario == scenario))
            {
                output.WriteLine(Line($"  {r.Bot,-9}{r.Level,8}{r.Throughput,9:F0}{r.HttpP50,10:F1}{r.HttpP99,10:F1}{r.EndToEndP50,10:F1}{r.EndToEndP99,10:F1}{r.StoragePerActivity,13:F2}{r.CpuMsPerActivity,12:F2}{r.StorageCpuMsPerActivity,13:F2}{r.Failures,8}"));
            }

            foreach (var r in results.Where(r => r.Scenario == scenario && (r.Prepared is not null || r.RanOut)))
            {
                output.WriteLine(Line($"  {r.Bot} at {r.Level}: {r.Prepared}{(r.RanOut ? $"; all used after {r.Seconds:F1} s, so the run is that long" : "")}"));
            }

            PrintRatios(output, scenario, results);
            var top = results.Where(r => r.Scenario == scenario && r.Bot == "BreedBot").MaxBy(r => r.Concurrency);
            if (top is not null)
            {
                if (scenario is "help" or "mydata")
                {
                    BenchSummary.Add($"BreedBot '{scenario}' e2e p99 at {top.Described}", Line($"{top.EndToEndP99:F1} ms"), scenario == "help" ? "(submit: < 50 ms at 50)" : "< 50 ms at 50");
                }
                else
                {
                    // DESIGN §5: a card submit that reads and writes storage, end to end through HTTP — the invoke's answer.
                    BenchSummary.Add($"BreedBot '{scenario}' submit http p99 at {top.Described}", Line($"{top.HttpP99:F1} ms"), "< 50 ms at 50");
                }

                BenchSummary.Add($"BreedBot '{scenario}' storage requests per activity", Line($"{top.StoragePerActivity:F2}"), "as few as possible");
            }
        }
    }

    /// <summary>What e2e measures in each scenario: where its reply goes.</summary>
    private static string EndToEnd(string scenario) => scenario switch
    {
        "reflection-step" => "until the invoke answer with the next step's card, the only reply: the same as http",
        "checkin" => "until the partner's reminder card update reached the connector stand-in; the sender's card is the invoke answer (http)",
        _ => "until the reply reached the connector stand-in",
    };

    private static void PrintRatios(TextWriter output, string scenario, IReadOnlyList<LoadFigures> results)
    {
        var pairs = results.Where(r => r.Scenario == scenario && r.Bot == "BreedBot")
            .Select(b => (b, p: results.FirstOrDefault(r => r.Scenario == scenario && r.Bot == "peer" && r.Concurrency == b.Concurrency && r.PaceSeconds == b.PaceSeconds)))
            .Where(pair => pair.p is not null)
            .ToList();
        if (pairs.Count == 0)
        {
            if (results.Any(r => r.Scenario == scenario && r.Bot == "BreedBot"))
            {
                output.WriteLine(Line($"  BreedBot ÷ peer: {"conc",8}{"req/s",9}{"http p99",10}{"e2e p99",10}{"cpu/act",10}"));
                output.WriteLine(Line($"  {"",16}{"—",8}{"—",9}{"—",10}{"—",10}{"—",10}   (the peer has no equivalent of '{scenario}')"));
            }

            return;
        }

        output.WriteLine(Line($"  BreedBot ÷ peer: {"conc",8}{"req/s",9}{"http p99",10}{"e2e p99",10}{"cpu/act",10}"));
        foreach (var (b, p) in pairs)
        {
            output.WriteLine(Line($"  {"",16}{b.Level,8}{b.Throughput / p!.Throughput,8:F2}×{b.HttpP99 / p.HttpP99,9:F2}×{b.EndToEndP99 / p.EndToEndP99,9:F2}×{b.CpuMsPerActivity / p.CpuMsPerActivity,9:F2}×"));
        }

        var (top, peer) = pairs.MaxBy(pair => pair.b.Concurrency);
        BenchSummary.Add($"'{scenario}' throughput BreedBot ÷ peer at {top.Described}", Line($"{top.Throughput / peer!.Throughput:F2}×"), "≥ 2×");
        BenchSummary.Add($"'{scenario}' http p99 BreedBot ÷ peer at {top.Described}", Line($"{top.HttpP99 / peer.HttpP99:F2}×"), "≤ 0.5×");
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
