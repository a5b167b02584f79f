using BreedBot.Benchmarks;
using BreedBot.Benchmarks.Inbound;

// One line per benchmark, by the name given on the command line. `all` runs every one of them.
var known = new Dictionary<string, Action<TextWriter>>(StringComparer.OrdinalIgnoreCase)
{
    ["pairing"] = PairingBenchmark.Run,
    ["inbound"] = InboundBenchmark.Run,
    ["memory"] = MemoryBenchmark.Run,
    ["cards"] = CardsBenchmark.Run,
    ["guard"] = GuardBenchmark.Run,
    ["summary"] = BreedBot.Benchmarks.Summary.SummaryBenchmark.Run,
    ["fanout"] = BreedBot.Benchmarks.Outbound.FanOutBenchmark.Run,
    ["queuedepth"] = BreedBot.Benchmarks.Outbound.QueueDepthProbe.Run,
};

// A probe of the emulator, not of BreedBot: run by name only.
var notInAll = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "queuedepth" };

if (args.Length == 0 || !(known.ContainsKey(args[0]) || args[0] == "all"))
{
    Console.Error.WriteLine("Usage: dotnet run -c Release --project bench/BreedBot.Benchmarks -- <all|" + string.Join("|", known.Keys) + "> [--seconds 10] [--warmup 3] [--levels 1,10,50] [--minutes 10] [--scenarios help,mydata,reflection-step,checkin] [--pace 1] [--storage-latency 0,8] [--profile 10] [--web folder] [--reminders 10000] [--people 1000] [--teams 25] [--pumps 8] [--scale 1] [--instances 1] [--corpus PATH] [--misses 1|even|odd]");
    return 2;
}

BenchArguments.Current = BenchArguments.Parse(args[1..]);
foreach (var (name, benchmark) in known.Where(entry => (args[0] == "all" && !notInAll.Contains(entry.Key)) || entry.Key.Equals(args[0], StringComparison.OrdinalIgnoreCase)))
{
    benchmark(Console.Out);
    Console.Out.WriteLine();
}

if (args[0] == "all")
{
    BenchSummary.Print(Console.Out);
}

return 0;
