using System.Diagnostics;
using System.Globalization;
using System.Text;
using BreedBot.Benchmarks.Harness;

namespace BreedBot.Benchmarks.Inbound;

/// <summary>
/// Sends a scenario's activities to a bot from <c>concurrency</c> workers for a fixed time, each
/// request from a new user in a new conversation, and times the HTTP answer and the reply's
/// arrival at the connector stand-in. Bounded in time; loopback only.
/// </summary>
internal sealed class LoadGenerator(BotUnderTest bot, ConnectorStandIn standIn, LocalStorage storage) : IDisposable
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(10);
    private static readonly string RunId = Environment.ProcessId.ToString("x", CultureInfo.InvariantCulture);
    private static long _sequence;

    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 1024, UseProxy = false, AllowAutoRedirect = false })
    {
        Timeout = TimeSpan.FromSeconds(30),
    };

    public async Task<LoadFigures> RunAsync(InboundScenario scenario, int concurrency, TimeSpan duration, CancellationToken ct)
    {
        var storageBefore = storage.Requests;
        var storageCpuBefore = storage.CpuMilliseconds();
        var cpuBefore = ProcessStats.CpuMilliseconds(bot.Pid);
        var started = Stopwatch.GetTimestamp();
        var deadline = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(() => WorkAsync(scenario, deadline, ct), ct)).ToArray();
        var results = await Task.WhenAll(workers);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        return new LoadFigures(
            bot.Name, scenario.Name, concurrency, seconds,
            [.. results.SelectMany(r => r.Http)], [.. results.SelectMany(r => r.EndToEnd)],
            results.Sum(r => r.Failures), storage.Requests - storageBefore,
            ProcessStats.CpuMilliseconds(bot.Pid) - cpuBefore, storage.CpuMilliseconds() - storageCpuBefore);
    }

    private async Task<WorkerResult> WorkAsync(InboundScenario scenario, long deadline, CancellationToken ct)
    {
        var result = new WorkerResult();
        while (Stopwatch.GetTimestamp() < deadline && !ct.IsCancellationRequested)
        {
            var seed = new ActivitySeed(Interlocked.Increment(ref _sequence), RunId, standIn.ServiceUrl.AbsoluteUri, bot.BotId, BotUnderTest.TenantId);
            var reply = standIn.ExpectActivity(seed.ConversationId);
            using var request = new HttpRequestMessage(HttpMethod.Post, bot.MessagesUrl)
            {
                Content = new StringContent(scenario.Activity(seed), Encoding.UTF8, "application/json"),
            };
            if (bot.Authorization is { } authorization)
            {
                request.Headers.TryAddWithoutValidation("Authorization", authorization);
            }

            var start = Stopwatch.GetTimestamp();
            try
            {
                using var response = await _http.SendAsync(request, ct);
                await response.Content.LoadIntoBufferAsync(ct);
                var httpDone = Stopwatch.GetTimestamp();
                if (!response.IsSuccessStatusCode)
                {
                    result.Failures++;
                    standIn.Forget(seed.ConversationId);
                    continue;
                }

                var arrived = await reply.WaitAsync(ReplyTimeout, ct);

                result.Http.Add(Milliseconds(httpDone - start));
                result.EndToEnd.Add(Milliseconds(arrived - start));
            }
            catch (Exception e) when (e is HttpRequestException or TimeoutException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                result.Failures++;
                standIn.Forget(seed.ConversationId);
            }
        }

        return result;
    }

    public void Dispose() => _http.Dispose();

    private static double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;

    private sealed class WorkerResult
    {
        public List<double> Http { get; } = [];
        public List<double> EndToEnd { get; } = [];
        public long Failures { get; set; }
    }
}
