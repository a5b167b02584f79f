using System.Globalization;
using BreedBot.Benchmarks.Harness;

namespace BreedBot.Benchmarks.Inbound;

/// <summary>
/// The whole system under inbound load: Azurite (behind counting proxies that can add storage latency), a connector
/// stand-in, a local token issuer, BreedBot's Release build as its own process, then the Bot Framework SDK's echo bot
/// as the peer and a bare minimal-API endpoint as the floor under the same load. Prints every figure, BreedBot's ratio
/// to the peer, and its CPU per turn against the floor's.
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
        output.WriteLine(Line($"Storage latency added by the proxy to each request: {string.Join(", ", options.StorageLatenciesMs.Select(ms => ms.ToString("0.#", CultureInfo.InvariantCulture) + " ms"))}"));

        using var stop = StopOnCtrlC();
        await using var storage = await LocalStorage.StartAsync();
        storage.Recording = true;
        await using var issuer = await TokenIssuer.StartAsync();
        await using var standIn = await ConnectorStandIn.StartAsync();
        var results = new List<LoadFigures>();
        var notes = new List<string>();

        await using (var breedBot = await BotUnderTest.StartBreedBotAsync(storage, issuer, standIn))
        {
            foreach (var latency in options.StorageLatenciesMs)
            {
                storage.Latency = TimeSpan.FromMilliseconds(latency);
                await MeasureAsync(breedBot, Chosen(options), results, standIn, storage, options, stop.Token);
            }

            notes.Add(Note(breedBot));
            if (options.ProfileSeconds is { } seconds && Chosen(options).FirstOrDefault(s => s.PeerToo) is { } profiled)
            {
                notes.Add(await ProfileAsync(breedBot, profiled, TimeSpan.FromSeconds(seconds), standIn, storage, options, stop.Token));
            }
        }

        // The peer and the floor make no storage request: they run once, without latency.
        storage.Latency = TimeSpan.Zero;
        var peerScenarios = Chosen(options).Where(s => s.PeerToo).ToList();
        if (peerScenarios.Count > 0)
        {
            await using (var peer = await BotUnderTest.StartPeerAsync())
            {
                await MeasureAsync(peer, peerScenarios, results, standIn, storage, options, stop.Token);
                notes.Add(Note(peer));
            }

            if (standIn.KeptReply is { } reply)
            {
                var replyFile = Path.Combine(Directory.CreateTempSubdirectory("breedbot-bench-floor-").FullName, "reply.json");
                await File.WriteAllTextAsync(replyFile, reply, stop.Token);
                await using var floor = await BotUnderTest.StartFloorAsync(replyFile);
                await MeasureAsync(floor, peerScenarios, results, standIn, storage, options, stop.Token);
                notes.Add(Note(floor));
            }
        }

        output.WriteLine();
        foreach (var note in notes)
        {
            output.WriteLine(note);
        }

        InboundReport.Print(output, results);
    }

    private static async Task MeasureAsync(
        BotUnderTest bot, IReadOnlyList<InboundScenario> scenarios, List<LoadFigures> results,
        ConnectorStandIn standIn, LocalStorage storage, BenchArguments options, CancellationToken ct)
    {
        using var generator = new LoadGenerator(bot, standIn, storage);
        foreach (var scenario in scenarios)
        {
            if (scenario.PeerToo && bot.Name == "BreedBot" && standIn.KeptReply is null)
            {
                standIn.KeepNextReply(); // BreedBot's own reply, for the floor to send
            }

            // JIT, connection pools, the signing keys: warm before measuring.
            await generator.RunAsync(scenario, 10, TimeSpan.FromSeconds(options.WarmUpSeconds), ct);
            foreach (var level in options.Levels)
            {
                results.Add(await generator.RunAsync(scenario, level, TimeSpan.FromSeconds(options.Seconds), ct, options.Pace is { } pace ? TimeSpan.FromSeconds(pace) : null));
            }
        }
    }

    // Untimed load at the highest level while dotnet-trace samples BreedBot: where a 'help' turn's CPU goes.
    private static async Task<string> ProfileAsync(
        BotUnderTest bot, InboundScenario scenario, TimeSpan duration, ConnectorStandIn standIn, LocalStorage storage, BenchArguments options, CancellationToken ct)
    {
        using var generator = new LoadGenerator(bot, standIn, storage, settle: false);
        var level = options.Levels.Max();
        var load = generator.RunAsync(scenario, level, duration + TimeSpan.FromSeconds(4), ct);
        await Task.Delay(TimeSpan.FromSeconds(1), TimeProvider.System, ct); // the load under way before sampling starts
        var profile = await TraceProfile.CollectAsync(bot.Pid, duration, 25, ct);
        var figures = await load;
        return Line($"Profile of BreedBot, '{scenario.Name}' at {level} for {duration.TotalSeconds:0} s (dotnet-trace, sampled thread time; {figures.Throughput:F0} req/s, {figures.CpuMsPerActivity:F2} ms CPU per turn during it):\n{profile}");
    }

    private static string Note(BotUnderTest bot)
    {
        BenchSummary.Add($"{bot.Name} peak working set (inbound run)", Line($"{bot.PeakWorkingSetMb:F0} MB"), bot.Name == "BreedBot" ? "< 200 MB" : "—");
        return Line($"{bot.Name}: {bot.Note}; peak working set {bot.PeakWorkingSetMb:F0} MB, now {bot.WorkingSetMb:F0} MB");
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
