using System.Globalization;
using BreedBot.Benchmarks.Harness;

namespace BreedBot.Benchmarks.Inbound;

/// <summary>
/// The whole system under inbound load: Azurite (behind counting proxies), a connector stand-in, a
/// local token issuer, BreedBot's Release build as its own process, then the Bot Framework SDK's
/// echo bot as the peer under the same load. Prints every figure and BreedBot's ratio to the peer.
/// </summary>
internal static class InboundBenchmark
{
    public static void Run(TextWriter output) => RunAsync(output, BenchArguments.Current).GetAwaiter().GetResult();

    private static async Task RunAsync(TextWriter output, BenchArguments options)
    {
        output.WriteLine(Line($"Inbound benchmark — {Environment.ProcessorCount} cores, {MachineInfo.Memory()}, .NET {Environment.Version}"));
        output.WriteLine(Line($"Load average at start: {MachineInfo.LoadAverage()}"));
        output.WriteLine(Line($"{options.Seconds} s per concurrency level after {options.WarmUpSeconds} s of warm-up; a new user and conversation for every request"));
        output.WriteLine(options.Pace is { } pace
            ? Line($"Paced: each of a level's users starts a request every {pace} s (level 50/{pace}s = 50 users, {50 / pace:0.#} requests/s offered)")
            : "Closed loop: each worker sends its next request as soon as the last was answered");

        using var stop = StopOnCtrlC();
        await using var storage = await LocalStorage.StartAsync();
        await using var issuer = await TokenIssuer.StartAsync();
        await using var standIn = await ConnectorStandIn.StartAsync();
        var results = new List<LoadFigures>();
        var notes = new List<string>();

        await using (var breedBot = await BotUnderTest.StartBreedBotAsync(storage, issuer, standIn))
        {
            await MeasureAsync(breedBot, Chosen(options), results, notes, standIn, storage, options, stop.Token);
        }

        var peerScenarios = Chosen(options).Where(s => s.PeerToo).ToList();
        if (peerScenarios.Count > 0)
        {
            await using var peer = await BotUnderTest.StartPeerAsync();
            await MeasureAsync(peer, peerScenarios, results, notes, standIn, storage, options, stop.Token);
        }

        output.WriteLine();
        foreach (var note in notes)
        {
            output.WriteLine(note);
        }

        InboundReport.Print(output, results);
    }

    private static async Task MeasureAsync(
        BotUnderTest bot, IReadOnlyList<InboundScenario> scenarios, List<LoadFigures> results, List<string> notes,
        ConnectorStandIn standIn, LocalStorage storage, BenchArguments options, CancellationToken ct)
    {
        using var generator = new LoadGenerator(bot, standIn, storage);
        foreach (var scenario in scenarios)
        {
            // JIT, connection pools, the signing keys: warm before measuring.
            await generator.RunAsync(scenario, 10, TimeSpan.FromSeconds(options.WarmUpSeconds), ct);
            foreach (var level in options.Levels)
            {
                results.Add(await generator.RunAsync(scenario, level, TimeSpan.FromSeconds(options.Seconds), ct, options.Pace is { } pace ? TimeSpan.FromSeconds(pace) : null));
            }
        }

        notes.Add(Line($"{bot.Name}: {bot.Note}; peak working set {bot.PeakWorkingSetMb:F0} MB, now {bot.WorkingSetMb:F0} MB"));
        BenchSummary.Add($"{bot.Name} peak working set (inbound run)", Line($"{bot.PeakWorkingSetMb:F0} MB"), "< 200 MB");
    }

    private static List<InboundScenario> Chosen(BenchArguments options) =>
        options.Scenarios is { } names ? [.. names.Select(InboundScenario.Named)] : [.. InboundScenario.All];

    private static CancellationTokenSource StopOnCtrlC()
    {
        var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        return stop;
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
