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
using Microsoft.Extensions.Options;

namespace BreedBot.Benchmarks.Outbound;

/// <summary>
/// <c>--reminders</c> (default 10 000) reminders queued through <see cref="IOutbox"/> into Azurite, then sent by
/// the real send workers of <c>--instances</c> BreedBot instances against the connector stand-in enforcing
/// Teams' limits (50/s per tenant, 7/s per conversation, 429 + Retry-After), times <c>--scale</c>.
/// The reminders go to <c>--people</c> members spread over <c>--teams</c> teams of one tenant (so the tenant limit binds),
/// one occurrence for everyone after another, as weekly fan-outs do.
/// </summary>
internal static class FanOutBenchmark
{
    private const string Tenant = "bench-tenant-fanout";
    private const string Week = "2027-W07";
    // Longer than the queue's visibility timeout (2 min): a message whose handling failed comes back after it.
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(3);

    public static void Run(TextWriter output) => RunAsync(output, BenchArguments.Current).GetAwaiter().GetResult();

    private static async Task RunAsync(TextWriter output, BenchArguments options)
    {
        var limits = new FanOutLimits(options.Scale);
        var people = Math.Min(options.People, options.Reminders);
        var rounds = (options.Reminders + people - 1) / people;
        var teams = Math.Clamp(options.Teams, 1, people);
        var total = people * rounds;
        output.WriteLine(Line($"Fan-out benchmark — {Environment.ProcessorCount} cores, {MachineInfo.Memory()}; load average at start: {MachineInfo.LoadAverage()}"));
        var scaling = options.Scale == 1 ? " (Teams' own)" : Line($" — Teams' 50 and 7 SCALED UP {options.Scale}× to keep the run short");
        output.WriteLine(Line($"stand-in limits {limits.TenantPerSecond}/s per tenant, {limits.ConversationPerSecond}/s per conversation{scaling}"));

        await using var storage = await LocalStorage.StartAsync();
        await using var standIn = await ConnectorStandIn.StartAsync();
        var prefix = "fanout" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        await using var producer = OutboxInstance.Start(storage.ConnectionString, prefix, runWorker: false, limits, options.Instances, options.Pumps);
        var pumps = producer.Services.GetRequiredService<IOptions<OutboxOptions>>().Value;
        output.WriteLine(Line($"{total} reminders ({rounds} occurrences × {people} members in {teams} teams of one tenant, each with a known 1:1 chat), {options.Instances} instance(s) × {pumps.Pumps} pumps × batches of {pumps.BatchSize}"));
        var members = Enumerable.Range(1, people).Select(i => new BenchMember("aad-bench-" + i.ToString("D5", CultureInfo.InvariantCulture), TeamOf(i % teams))).ToList();
        await SeedAsync(producer.Services, standIn, members);

        var queued = Stopwatch.StartNew();
        await producer.Services.GetRequiredService<IOutbox>().EnqueueAsync(
            Enumerable.Range(1, rounds).SelectMany(round => members.Select(member => Reminder(member, round))), CancellationToken.None);
        output.WriteLine(Line($"  queued {total} in {queued.Elapsed.TotalSeconds:F1} s through IOutbox"));

        standIn.EnforceRates(TimeProvider.System, new ConnectorRateLimits(limits.TenantPerSecond, limits.ConversationPerSecond));
        var storageBefore = storage.Requests;
        var queueBefore = storage.QueueRequests;
        var started = TimeProvider.System.GetUtcNow();
        var workers = new List<OutboxInstance>();
        try
        {
            for (var i = 0; i < options.Instances; i++)
            {
                workers.Add(OutboxInstance.Start(storage.ConnectionString, prefix, runWorker: true, limits, options.Instances, options.Pumps));
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

        Report(output, standIn, producer.Services, members, rounds, limits, started, (storage.Requests - storageBefore, storage.QueueRequests - queueBefore));
    }

    private static void Report(TextWriter output, ConnectorStandIn standIn, IServiceProvider services, List<BenchMember> members, int rounds, FanOutLimits limits, DateTimeOffset started, (long All, long Queue) storageRequests)
    {
        var accepted = standIn.Accepted;
        var perReminder = accepted.GroupBy(send => (send.ConversationId, Text: send.Request.Json?["text"]?.GetValue<string>())).ToDictionary(group => group.Key, group => group.Count());
        var expected = members.SelectMany(member => Enumerable.Range(1, rounds).Select(round => (Chat(member.Key), (string?)Text(round)))).ToList();
        var lost = expected.Count(key => !perReminder.ContainsKey(key));
        var duplicated = perReminder.Values.Sum(count => count - 1);
        // How far apart a reminder's copies arrived tells which path sent it again (a visibility timeout, a retry, two holders at once).
        var gaps = accepted.GroupBy(send => (send.ConversationId, Text: send.Request.Json?["text"]?.GetValue<string>()))
            .Where(group => group.Count() > 1).Select(group => (group.Max(send => send.At) - group.Min(send => send.At)).TotalSeconds).Order().ToList();
        if (gaps.Count > 0)
        {
            output.WriteLine(Line($"  duplicate copies arrived {gaps[0]:F1}–{gaps[^1]:F1} s apart (median {gaps[gaps.Count / 2]:F1} s)"));
        }

        string sentRecords;
        try
        {
            var store = services.GetRequiredService<DeliveryStore>();
            var records = members.Select(member => member.Team).Distinct()
                .SelectMany(team => store.ListWeekAsync(Tenant, team, Week, CancellationToken.None).GetAwaiter().GetResult()).ToList();
            sentRecords = records.Count(record => record.Outcome == DeliveryOutcome.Sent).ToString(CultureInfo.InvariantCulture);
            foreach (var state in records.Where(record => record.Outcome != DeliveryOutcome.Sent)
                .GroupBy(record => (record.Outcome, Claimed: record.ClaimedBy is not null, record.Attempts)))
            {
                output.WriteLine(Line($"  not 'sent': {state.Count()} × {state.Key.Outcome}, claimed {state.Key.Claimed}, attempts {state.Key.Attempts}"));
            }
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
        output.WriteLine(Line($"  storage requests per reminder while sending: {(double)storageRequests.All / expected.Count:F1} ({(double)(storageRequests.All - storageRequests.Queue) / expected.Count:F1} table, {(double)storageRequests.Queue / expected.Count:F1} queue)"));
        var scaled = limits.Scale == 1 ? "" : $" (limits ×{limits.Scale})";
        BenchSummary.Add(Line($"Fan-out {expected.Count} reminders, % of allowed rate{scaled}"), Line($"{100 * rate / limits.TenantPerSecond:F1} %"), "≥ 90 %");
        BenchSummary.Add("Fan-out lost / duplicated", Line($"{lost} / {duplicated}"), "0 / 0");
    }

    private static async Task SeedAsync(IServiceProvider services, ConnectorStandIn standIn, List<BenchMember> members)
    {
        var botId = "28:bench-bot";
        foreach (var team in members.Select(member => member.Team).Distinct())
        {
            await services.GetRequiredService<TeamStore>().RecordInstallAsync(
                Tenant, team, "Bench team", null, new ConversationAddress(standIn.ServiceUrl.AbsoluteUri, team, botId), CancellationToken.None);
        }

        var memberStore = services.GetRequiredService<MemberStore>();
        var chats = services.GetRequiredService<UserConversationStore>();
        await Parallel.ForEachAsync(members, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (member, ct) =>
        {
            await memberStore.EnsureInvitedAsync(Tenant, member.Team, "Bench team", member.Key, "29:" + member.Key, "Collega", null, ct);
            await chats.RecordInstallAsync(Tenant, member.Key, new ConversationAddress(standIn.ServiceUrl.AbsoluteUri, Chat(member.Key), botId), ct);
            standIn.SetTenant(Chat(member.Key), Tenant);
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

    private static OutboundMessage Reminder(BenchMember member, int round) =>
        new(Tenant, member.Team, member.Key, "reminder/bench/" + round.ToString(CultureInfo.InvariantCulture), "reminder", null, Text(round)) { Week = Week };

    private static string TeamOf(int index) => "19:bench-fanout-" + index.ToString("D3", CultureInfo.InvariantCulture) + "@thread.tacv2";

    private static string Text(int round) => "Herinnering " + round.ToString(CultureInfo.InvariantCulture);

    private static string Chat(string member) => "a:bench-chat-" + member;

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

