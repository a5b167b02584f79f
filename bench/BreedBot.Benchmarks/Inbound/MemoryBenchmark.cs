using System.Globalization;
using BreedBot.Benchmarks.Harness;

namespace BreedBot.Benchmarks.Inbound;

/// <summary>
/// BreedBot's working set under a steady mixed load (the message scenarios, help and mydata, in turn, 10 at once)
/// for <c>--minutes</c> (default 10), sampled ten times; the steady state is the last sample.
/// </summary>
internal static class MemoryBenchmark
{
    private const int Concurrency = 10;
    private const int Samples = 10;

    public static void Run(TextWriter output) => RunAsync(output, BenchArguments.Current).GetAwaiter().GetResult();

    private static async Task RunAsync(TextWriter output, BenchArguments options)
    {
        output.WriteLine(Line($"Memory benchmark — {Environment.ProcessorCount} cores, {MachineInfo.Memory()}; load average at start: {MachineInfo.LoadAverage()}"));
        output.WriteLine(Line($"{options.Minutes} minutes of mixed load ({string.Join(", ", InboundScenario.Messages.Select(s => s.Name))} in turn), concurrency {Concurrency}"));

        await using var storage = await LocalStorage.StartAsync();
        await using var issuer = await TokenIssuer.StartAsync();
        await using var standIn = await ConnectorStandIn.StartAsync();
        await using var bot = await BotUnderTest.StartBreedBotAsync(storage, issuer, standIn);
        // One continuous load: no pause between the slices for background work to settle.
        using var generator = new LoadGenerator(bot, standIn, storage, settle: false);
        var mixed = InboundScenario.Fresh("mixed", seed => InboundScenario.Messages[(int)(seed.Sequence % InboundScenario.Messages.Count)].Activity(seed), peerToo: false);

        output.WriteLine(Line($"  {"minute",8}{"activities",12}{"req/s",8}{"working set MB",16}"));
        output.WriteLine(Line($"  {0,8:F1}{0,12}{"",8}{bot.WorkingSetMb,16:F0}"));
        var slice = TimeSpan.FromMinutes(options.Minutes / Samples);
        long total = 0;
        var samples = new List<double>();
        for (var i = 1; i <= Samples; i++)
        {
            var figures = await generator.RunAsync(mixed, Concurrency, slice, CancellationToken.None);
            total += figures.Completed;
            samples.Add(bot.WorkingSetMb);
            output.WriteLine(Line($"  {i * slice.TotalMinutes,8:F1}{total,12}{figures.Throughput,8:F0}{samples[^1],16:F0}"));
        }

        output.WriteLine(Line($"  steady state {samples[^1]:F0} MB (mean of the last three samples {samples.TakeLast(3).Average():F0} MB), peak {bot.PeakWorkingSetMb:F0} MB; target < 200 MB"));
        BenchSummary.Add(Line($"BreedBot steady-state working set after {options.Minutes} min"), Line($"{samples[^1]:F0} MB"), "< 200 MB");
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
