using System.Diagnostics;
using System.Globalization;
using System.Text;
using BreedBot.Benchmarks.Harness;

namespace BreedBot.Benchmarks.Inbound;

/// <summary>
/// Sends a scenario's requests to a bot from <c>concurrency</c> workers for a fixed time, each request from
/// a distinct user in a distinct conversation, and times the HTTP answer and the reply's arrival at the
/// connector stand-in (or, for an invoke whose reply is its answer, the answer). A scenario that needs state
/// prepares it first, untimed and before the counters are read, for about three times the requests the fastest
/// run so far suggests (at most 6 000); should that supply run out, the run ends early and says so. Bounded in time; loopback only.
/// </summary>
internal sealed class LoadGenerator(BotUnderTest bot, ConnectorStandIn standIn, LocalStorage storage) : IDisposable
{
    private const int FirstSupplyPerSecond = 100;
    private const int MinimumSupply = 100;

    // Preparing costs about as much as the timed requests; beyond this the preparation takes minutes.
    private const int MaximumSupply = 6_000;
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(10);
    private static readonly string RunId = Environment.ProcessId.ToString("x", CultureInfo.InvariantCulture);
    private static long _sequence;

    private readonly Dictionary<string, double> _fastest = new(StringComparer.Ordinal);

    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 1024, UseProxy = false, AllowAutoRedirect = false })
    {
        Timeout = TimeSpan.FromSeconds(30),
    };

    public async Task<LoadFigures> RunAsync(InboundScenario scenario, int concurrency, TimeSpan duration, CancellationToken ct)
    {
        var setup = new ScenarioSetup(bot, standIn, storage, _http, NextSeed);
        var rate = _fastest.TryGetValue(scenario.Name, out var fastest) ? fastest * 3 : FirstSupplyPerSecond;
        var source = await scenario.Prepare(setup, Math.Clamp((int)Math.Ceiling(rate * duration.TotalSeconds), MinimumSupply, MaximumSupply), ct);

        var storageBefore = storage.Requests;
        var storageCpuBefore = storage.CpuMilliseconds();
        var cpuBefore = ProcessStats.CpuMilliseconds(bot.Pid);
        var started = Stopwatch.GetTimestamp();
        var deadline = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(() => WorkAsync(source, deadline, ct), ct)).ToArray();
        var results = await Task.WhenAll(workers);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var figures = new LoadFigures(
            bot.Name, scenario.Name, concurrency, seconds,
            [.. results.SelectMany(r => r.Http)], [.. results.SelectMany(r => r.EndToEnd)],
            results.Sum(r => r.Failures), storage.Requests - storageBefore,
            ProcessStats.CpuMilliseconds(bot.Pid) - cpuBefore, storage.CpuMilliseconds() - storageCpuBefore)
        {
            Prepared = source.Note,
            RanOut = results.Any(r => r.RanOut),
        };
        _fastest[scenario.Name] = Math.Max(fastest, figures.Throughput);
        return figures;
    }

    private ActivitySeed NextSeed() =>
        new(Interlocked.Increment(ref _sequence), RunId, standIn.ServiceUrl.AbsoluteUri, bot.BotId, BotUnderTest.TenantId);

    private async Task<WorkerResult> WorkAsync(IRequestSource source, long deadline, CancellationToken ct)
    {
        var result = new WorkerResult();
        while (Stopwatch.GetTimestamp() < deadline && !ct.IsCancellationRequested)
        {
            if (!source.TryNext(out var next))
            {
                result.RanOut = true;
                break;
            }

            var reply = next.ReplyAt is { } conversation ? standIn.ExpectActivity(conversation) : null;
            using var request = new HttpRequestMessage(HttpMethod.Post, bot.MessagesUrl)
            {
                Content = new StringContent(next.Activity, Encoding.UTF8, "application/json"),
            };
            if (bot.Authorization is { } authorization)
            {
                request.Headers.TryAddWithoutValidation("Authorization", authorization);
            }

            var start = Stopwatch.GetTimestamp();
            try
            {
                using var response = await _http.SendAsync(request, ct);
                var body = next.Accepts is null ? null : await response.Content.ReadAsStringAsync(ct);
                if (body is null)
                {
                    await response.Content.LoadIntoBufferAsync(ct);
                }

                var httpDone = Stopwatch.GetTimestamp();
                if (!response.IsSuccessStatusCode || (next.Accepts is { } accepts && !accepts(body!)))
                {
                    Fail(result, next);
                    continue;
                }

                var arrived = reply is null ? httpDone : await reply.WaitAsync(ReplyTimeout, ct);

                result.Http.Add(Milliseconds(httpDone - start));
                result.EndToEnd.Add(Milliseconds(arrived - start));
            }
            catch (Exception e) when (e is HttpRequestException or TimeoutException or TaskCanceledException or System.Text.Json.JsonException && !ct.IsCancellationRequested)
            {
                Fail(result, next);
            }
        }

        return result;
    }

    private void Fail(WorkerResult result, InboundRequest request)
    {
        result.Failures++;
        if (request.ReplyAt is { } conversation)
        {
            standIn.Forget(conversation);
        }
    }

    public void Dispose() => _http.Dispose();

    private static double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;

    private sealed class WorkerResult
    {
        public List<double> Http { get; } = [];
        public List<double> EndToEnd { get; } = [];
        public long Failures { get; set; }
        public bool RanOut { get; set; }
    }
}
