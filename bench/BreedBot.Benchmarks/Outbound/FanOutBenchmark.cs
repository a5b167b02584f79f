using System.Diagnostics;
using System.Globalization;
using BreedBot.Benchmarks.Harness;
using BreedBot.Domain.Outbound;
using BreedBot.Domain.Teams;
using BreedBot.Storage.Members;
using BreedBot.Storage.Outbound;
using BreedBot.Storage.Teams;
using BreedBot.Storage.Users;
using BreedBot.Testing;
using BreedBot.Web.Outbound;
using Microsoft.Extensions.DependencyInjection;

namespace BreedBot.Benchmarks.Outbound;

/// <summary>
/// <c>--reminders</c> (default 10 000) reminders queued through <see cref="IOutbox"/> into Azurite, then sent by
/// the real send workers of <c>--instances</c> BreedBot instances against the connector stand-in enforcing
/// Teams' limits (50/s per tenant, 7/s per conversation, 429 + Retry-After), times <c>--scale</c>.
/// The reminders go to <c>--people</c> members, one occurrence for everyone after another, as weekly fan-outs do.
/// </summary>
internal static class FanOutBenchmark
{
    private const string Tenant = "bench-tenant-fanout";
    private const string Team = "19:bench-fanout@thread.tacv2";
    private const string Week = "2027-W07";
    // Longer than the queue's visibility timeout (2 min): a message whose handling failed comes back after it.
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(3);

    public static void Run(TextWriter output) => RunAsync(output, BenchArguments.Current).GetAwaiter().GetResult();

    private static async Task RunAsync(TextWriter output, BenchArguments options)
    {
        var limits = new FanOutLimits(options.Scale);
        var people = Math.Min(options.People, options.Reminders);
        var rounds = (options.Reminders + people - 1) / people;
        var total = people * rounds;
        output.WriteLine(Line($"Fan-out benchmark — {Environment.ProcessorCount} cores, {MachineInfo.Memory()}; load average at start: {MachineInfo.LoadAverage()}"));
        output.WriteLine(Line($"{total} reminders ({rounds} occurrences × {people} members, each with a known 1:1 chat), {options.Instances} instance(s) × {2} pumps × batches of 32"));
        var scaling = options.Scale == 1 ? " (Teams' own)" : Line($" — Teams' 50 and 7 SCALED UP {options.Scale}× to keep the run short");
        output.WriteLine(Line($"stand-in limits {limits.TenantPerSecond}/s per tenant, {limits.ConversationPerSecond}/s per conversation{scaling}"));

        await using var storage = await LocalStorage.StartAsync();
        await using var standIn = await ConnectorStandIn.StartAsync();
        var prefix = "fanout" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        await using var producer = OutboxInstance.Start(storage.ConnectionString, prefix, runWorker: false, limits, options.Instances);
        var members = Enumerable.Range(1, people).Select(i => "aad-bench-" + i.ToString("D5", CultureInfo.InvariantCulture)).ToList();
        await SeedAsync(producer.Services, standIn, members);

        var queued = Stopwatch.StartNew();
        await producer.Services.GetRequiredService<IOutbox>().EnqueueAsync(
            Enumerable.Range(1, rounds).SelectMany(round => members.Select(member => Reminder(member, round))), CancellationToken.None);
        output.WriteLine(Line($"  queued {total} in {queued.Elapsed.TotalSeconds:F1} s through IOutbox"));

        standIn.EnforceRates(TimeProvider.System, new ConnectorRateLimits(limits.TenantPerSecond, limits.ConversationPerSecond));
        var storageBefore = storage.Requests;
        var started = TimeProvider.System.GetUtcNow();
        var workers = new List<OutboxInstance>();
        try
        {
            for (var i = 0; i < options.Instances; i++)
            {
                workers.Add(OutboxInstance.Start(storage.ConnectionString, prefix, runWorker: true, limits, options.Instances));
            }

            if (!await WaitForAllAsync(standIn, total))
            {
                output.WriteLine(Line($"  STALLED: no send accepted for {GiveUpAfter.TotalMinutes} minutes at {standIn.Accepted.Count} of {total}"));
            }
        }
        finally
        {
            foreach (var worker in workers)
            {
                await worker.DisposeAsync();
            }
        }

        Report(output, standIn, producer.Services, members, rounds, limits, started, storage.Requests - storageBefore);
    }

    private static void Report(TextWriter output, ConnectorStandIn standIn, IServiceProvider services, List<string> members, int rounds, FanOutLimits limits, DateTimeOffset started, long storageRequests)
    {
        var accepted = standIn.Accepted;
        var perReminder = accepted.GroupBy(send => (send.ConversationId, Text: send.Request.Json?["text"]?.GetValue<string>())).ToDictionary(group => group.Key, group => group.Count());
        var expected = members.SelectMany(member => Enumerable.Range(1, rounds).Select(round => (Chat(member), (string?)Text(round)))).ToList();
        var lost = expected.Count(key => !perReminder.ContainsKey(key));
        var duplicated = perReminder.Values.Sum(count => count - 1);
        string sentRecords;
        try
        {
            sentRecords = services.GetRequiredService<DeliveryStore>().ListWeekAsync(Tenant, Team, Week, CancellationToken.None).GetAwaiter().GetResult()
                .Count(record => record.Outcome == DeliveryOutcome.Sent).ToString(CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is Azure.RequestFailedException or AggregateException or TaskCanceledException)
        {
            // The stand-in's record is the measure; the delivery records are a cross-check a swamped Azurite may not answer.
            sentRecords = "(not readable: " + e.GetType().Name + ")";
        }


        var first = accepted.Count > 0 ? accepted[0].At : started;
        var last = accepted.Count > 0 ? accepted[^1].At : started;
        var sending = (last - first).TotalSeconds;
        var rate = accepted.Count > 1 ? (accepted.Count - 1) / sending : 0;
        var overall = accepted.Count / Math.Max(0.001, (last - started).TotalSeconds);
        output.WriteLine(Line($"  first send {(first - started).TotalSeconds:F1} s after the workers started; last {(last - started).TotalSeconds:F1} s"));
        output.WriteLine(Line($"  throughput {rate:F1} sends/s from first to last send = {100 * rate / limits.TenantPerSecond:F1} % of the allowed {limits.TenantPerSecond}/s (target ≥ 90 %)"));
        output.WriteLine(Line($"  including start-up: {overall:F1} sends/s = {100 * overall / limits.TenantPerSecond:F1} %"));
        output.WriteLine(Line($"  lost {lost} (target 0), duplicated {duplicated} (target 0), 429s received {standIn.ThrottledCount}, delivery records 'sent' {sentRecords} of {expected.Count}"));
        output.WriteLine(Line($"  storage requests per reminder while sending: {(double)storageRequests / expected.Count:F1}"));
        var scaled = limits.Scale == 1 ? "" : $" (limits ×{limits.Scale})";
        BenchSummary.Add(Line($"Fan-out {expected.Count} reminders, % of allowed rate{scaled}"), Line($"{100 * rate / limits.TenantPerSecond:F1} %"), "≥ 90 %");
        BenchSummary.Add("Fan-out lost / duplicated", Line($"{lost} / {duplicated}"), "0 / 0");
    }

    private static async Task SeedAsync(IServiceProvider services, ConnectorStandIn standIn, List<string> members)
    {
        var botId = "28:bench-bot";
        await services.GetRequiredService<TeamStore>().RecordInstallAsync(
            Tenant, Team, "Bench team", null, new ConversationAddress(standIn.ServiceUrl.AbsoluteUri, Team, botId), CancellationToken.None);
        var memberStore = services.GetRequiredService<MemberStore>();
        var chats = services.GetRequiredService<UserConversationStore>();
        await Parallel.ForEachAsync(members, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (member, ct) =>
        {
            await memberStore.EnsureInvitedAsync(Tenant, Team, "Bench team", member, "29:" + member, "Collega", null, ct);
            await chats.RecordInstallAsync(Tenant, member, new ConversationAddress(standIn.ServiceUrl.AbsoluteUri, Chat(member), botId), ct);
            standIn.SetTenant(Chat(member), Tenant);
        });
    }

    // Until every reminder was accepted once (true), or nothing new arrived for GiveUpAfter (false).
    private static async Task<bool> WaitForAllAsync(ConnectorStandIn standIn, int total)
    {
        var progress = Stopwatch.StartNew();
        var seen = 0;
        while (progress.Elapsed < GiveUpAfter)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500), TimeProvider.System);
            var now = standIn.Accepted.Count;
            if (now >= total)
            {
                // A little longer, so a late duplicate would still be counted.
                await Task.Delay(TimeSpan.FromSeconds(3), TimeProvider.System);
                return true;
            }

            if (now > seen)
            {
                seen = now;
                progress.Restart();
            }
        }

        return false;
    }

    private static OutboundMessage Reminder(string member, int round) =>
        new(Tenant, Team, member, "reminder/bench/" + round.ToString(CultureInfo.InvariantCulture), "reminder", null, Text(round)) { Week = Week };

    private static string Text(int round) => "Herinnering " + round.ToString(CultureInfo.InvariantCulture);

    private static string Chat(string member) => "a:bench-chat-" + member;

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
