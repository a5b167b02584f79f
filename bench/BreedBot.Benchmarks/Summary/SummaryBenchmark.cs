using System.Diagnostics;
using System.Globalization;
using Azure.Core;
using Azure.Data.Tables;
using BreedBot.Benchmarks.Harness;
using BreedBot.Domain.Courage;
using BreedBot.Domain.CourageStories;
using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.Meldcode;
using BreedBot.Domain.Teams;
using BreedBot.Domain.TeamWeeks;
using BreedBot.Storage;
using BreedBot.Storage.CourageStories;
using BreedBot.Storage.TeamWeeks;
using BreedBot.Web.Localization;
using BreedBot.Web.Summaries;

namespace BreedBot.Benchmarks.Summary;

/// <summary>
/// Building one weekly summary of a 50-member team with a year (52 weeks) of facts in Azurite, as
/// the scheduled post builds it: take the waiting courage stories, read the week and the four
/// before it, aggregate, render. Prints the time per build and every storage request it made,
/// counted on the wire (proxy) and in the SDK pipeline, each sorted as point read,
/// single-partition query or scan.
/// </summary>
internal static class SummaryBenchmark
{
    private const int Members = 50;
    private const int Weeks = 52;
    private const int WarmUp = 3;
    private const int Builds = 30;
    private const string Tenant = "bench-tenant";
    private const string TeamId = "19:bench-team@thread.tacv2";

    // Friday 19 February 2027, 15:00 in Amsterdam: the default summary moment.
    private static readonly DateTimeOffset Now = new(2027, 2, 19, 14, 0, 0, TimeSpan.Zero);

    public static void Run(TextWriter output) => RunAsync(output).GetAwaiter().GetResult();

    private static async Task RunAsync(TextWriter output)
    {
        output.WriteLine(Line($"Summary benchmark — {Environment.ProcessorCount} cores, .NET {Environment.Version}; load average at start: {MachineInfo.LoadAverage()}"));
        await using var storage = await LocalStorage.StartAsync();
        var log = new StorageRequestLog();
        var clientOptions = new TableClientOptions();
        clientOptions.AddPolicy(log, HttpPipelinePosition.PerRetry);
        var tables = new StorageTables(
            new TableServiceClient(storage.ConnectionString, clientOptions),
            Microsoft.Extensions.Options.Options.Create(new StorageOptions { ConnectionString = storage.ConnectionString, TablePrefix = "bench" }));
        foreach (var table in tables.Each())
        {
            await table.CreateIfNotExistsAsync();
        }

        var fixedNow = new FixedTime(Now);
        var facts = new TeamWeekFactStore(tables, fixedNow);
        var stories = new CourageStoryStore(tables);
        var week = IsoWeek.Of(DateOnly.FromDateTime(Now.UtcDateTime));
        var seeded = Stopwatch.StartNew();
        var rows = await SeedAsync(facts, week);
        output.WriteLine(Line($"{Members} members, {Weeks} weeks of facts ending {week}: {rows} facts recorded in {seeded.Elapsed.TotalSeconds:F0} s"));

        var composer = new WeeklySummaryComposer(facts, fixedNow);
        var team = new TeamInstallation(Tenant, TeamId, "Bench", null, new ConversationAddress("http://127.0.0.1/", TeamId, "28:bench"), InstallationStatus.Installed, Now, Now);
        var times = new List<double>();
        var wire = new List<long>();
        var sdk = new List<string>();
        for (var i = 0; i < WarmUp + Builds; i++)
        {
            await stories.AddAsync(new CourageStory(Tenant, TeamId, $"s{i:D3}", "Ik sprak mijn twijfel uit in het overleg.", "aad-bench", Now.AddHours(-1)), default);
            log.Clear();
            var before = storage.Requests;
            var clock = Stopwatch.StartNew();
            // Each build takes a fresh story as a new week would (one query, one delete, one update).
            var shown = await stories.TakeForSummaryAsync(Tenant, TeamId, week.AddWeeks(i), Now, default);
            var card = await composer.ComposeAsync(team, week, UserLanguage.Dutch, [.. shown.Select(s => s.Text)], default);
            var ms = clock.Elapsed.TotalMilliseconds;
            if (i >= WarmUp)
            {
                times.Add(ms);
                wire.Add(storage.Requests - before);
                sdk = [.. log.Requests];
            }

            GC.KeepAlive(card);
        }

        times.Sort();
        var median = times[times.Count / 2];
        var p95 = times[(int)Math.Ceiling(times.Count * 0.95) - 1];
        output.WriteLine(Line($"{Builds} builds after {WarmUp} warm-up: median {median:F1} ms, p95 {p95:F1} ms, max {times[^1]:F1} ms (target < 200 ms)"));
        output.WriteLine(Line($"storage requests per build: {wire.Min()}–{wire.Max()} on the wire, {sdk.Count} in the SDK pipeline (last build):"));
        foreach (var group in sdk.GroupBy(StorageRequestLog.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine(Line($"  {group.Count(),2} × {group.Key}"));
        }

        foreach (var request in sdk)
        {
            output.WriteLine(Line($"     {request}"));
        }

        var scans = sdk.Count(r => StorageRequestLog.Kind(r) == "scan");
        BenchSummary.Add("summary build, 50 members × 52 weeks (median)", Line($"{median:F1} ms"), "< 200 ms");
        BenchSummary.Add("summary build: storage requests / scans", Line($"{sdk.Count} / {scans}"), "bounded / 0");
    }

    /// <summary>A realistic week: 25 duos planned, most held, some reflections and courageous steps.</summary>
    private static async Task<int> SeedAsync(TeamWeekFactStore facts, IsoWeek last)
    {
        var recorded = 0;
        using var gate = new SemaphoreSlim(8);
        var tasks = Enumerable.Range(0, Weeks).Select(async back =>
        {
            await gate.WaitAsync();
            try
            {
                var week = last.AddWeeks(-back);
                var weekFacts = WeekFacts(back);
                foreach (var (fact, participants) in weekFacts)
                {
                    await facts.RecordAsync(Tenant, TeamId, week, fact, participants, default);
                }

                Interlocked.Add(ref recorded, weekFacts.Count);
            }
            finally
            {
                gate.Release();
            }
        });
        await Task.WhenAll(tasks);
        return recorded;
    }

    private static List<(TeamWeekFact Fact, string[] Participants)> WeekFacts(int seed)
    {
        var list = new List<(TeamWeekFact, string[])>();
        for (var duo = 0; duo < Members / 2; duo++)
        {
            var pair = new[] { $"aad-{2 * duo}", $"aad-{(2 * duo) + 1}" };
            list.Add((new DuoMomentPlanned($"planned/{duo}"), []));
            if ((duo + seed) % 5 != 0)
            {
                list.Add((new DuoMomentHeld($"held/{duo}", [(DuoActivity)((duo + seed) % 3)], 1 + ((duo + seed) % 5)), pair));
            }
        }

        for (var r = 0; r < 8; r++)
        {
            list.Add((new ReflectionCompleted($"reflection/{r}", [(DiscomfortSource)((r + seed) % 4)], (MeldcodeStep)(1 + ((r + seed) % 5)), [(HelpingFactor)(r % 7)], [(HinderingFactor)(r % 6)]), []));
            list.Add((new CourageousStepPlanned($"step/{r}"), []));
            list.Add((new CourageousStepOutcome($"outcome/{r}", (StepOutcome)(r % 3)), []));
        }

        return list;
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
