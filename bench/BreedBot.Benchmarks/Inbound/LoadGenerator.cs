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
/// run so far suggests (at most 6 000); should that supply run out, the run ends early and says so. Before the
/// counters are read it waits for the bot's background storage work to settle. Bounded in time; loopback only.
/// </summary>
internal sealed class LoadGenerator(BotUnderTest bot, ConnectorStandIn standIn, LocalStorage storage, bool settle = true) : IDisposable
{
    private const int FirstSupplyPerSecond = 100;
    private const int MinimumSupply = 100;

    // Preparing costs about as much as the timed requests; beyond this the preparation takes minutes.
    private const int MaximumSupply = 6_000;
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan SettleQuiet = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan SettleLimit = TimeSpan.FromSeconds(120);
    private static readonly string RunId = Environment.ProcessId.ToString("x", CultureInfo.InvariantCulture);
    private static long _sequence;

    private readonly Dictionary<string, double> _fastest = new(StringComparer.Ordinal);

    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 1024, UseProxy = false, AllowAutoRedirect = false })
    {
        Timeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>
    /// Runs one level. Without <paramref name="pace"/> each worker sends its next request as soon as the last was
    /// answered (a closed loop: <paramref name="concurrency"/> requests always in flight). With it each worker is a
    /// user who starts a request every <paramref name="pace"/> (starts spread evenly over the first interval), so the
    /// offered load is concurrency ÷ pace per second whatever the answers take; a user whose answer comes late
    /// starts the next one at once.
    /// </summary>
    public async Task<LoadFigures> RunAsync(InboundScenario scenario, int concurrency, TimeSpan duration, CancellationToken ct, TimeSpan? pace = null)
    {
        var setup = new ScenarioSetup(bot, standIn, storage, _http, NextSeed);
        var source = await scenario.Prepare(setup, Supply(scenario.Name, concurrency, duration, pace, out var fastest), ct);

        if (settle)
        {
            await SettleAsync(ct);
        }

        storage.TakeExchanges(); // what the preparation and the settling left
        var storageBefore = storage.Requests;
        var storageCpuBefore = storage.CpuMilliseconds();
        var cpuBefore = ProcessStats.CpuMilliseconds(bot.Pid);
        var started = Stopwatch.GetTimestamp();
        var deadline = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, concurrency)
            .Select(i => Task.Run(() => WorkAsync(source, deadline, Schedule(started, pace, i, concurrency), ct), ct))
            .ToArray();
        var results = await Task.WhenAll(workers);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var exchanges = storage.TakeExchanges();
        var traces = results.SelectMany(r => r.Traces).ToList();
        var path = TurnPaths.Of(traces, exchanges);
        var figures = new LoadFigures(
            bot.Name, scenario.Name, concurrency, seconds,
            [.. results.SelectMany(r => r.Http)], [.. results.SelectMany(r => r.EndToEnd)],
            results.Sum(r => r.Failures), storage.Requests - storageBefore,
            ProcessStats.CpuMilliseconds(bot.Pid) - cpuBefore, storage.CpuMilliseconds() - storageCpuBefore)
        {
            Prepared = source.Note,
            RanOut = results.Any(r => r.RanOut),
            PaceSeconds = pace?.TotalSeconds,
            StorageLatencyMs = storage.Latency.TotalMilliseconds,
            Path = path,
            Storage = StorageKinds.Of(exchanges, traces, storage.Latency),
        };
        _fastest[scenario.Name] = Math.Max(fastest, figures.Throughput);
        return figures;
    }

    /// <summary>
    /// How many requests to prepare. A paced level offers a known number, and gets that with a tenth to spare (users
    /// who fall behind catch up, never run ahead). A closed loop takes what the bot answers, so three times the fastest
    /// rate seen so far. Preparing more than a level uses is not free: the emulator scans a whole table for every
    /// query (Azure reads only the partition), so rows seeded in excess slow every later query of the run.
    /// </summary>
    private int Supply(string scenario, int concurrency, TimeSpan duration, TimeSpan? pace, out double fastest)
    {
        var rate = _fastest.TryGetValue(scenario, out fastest) ? fastest * 3 : FirstSupplyPerSecond;
        var wanted = pace is { } every ? (concurrency / every.TotalSeconds * duration.TotalSeconds * 1.1) + concurrency : rate * duration.TotalSeconds;
        return Math.Clamp((int)Math.Ceiling(wanted), MinimumSupply, MaximumSupply);
    }

    /// <summary>
    /// Waits until the bot's storage traffic has stopped for a moment (at most <see cref="SettleLimit"/>): work the
    /// preparation or the level before left in the background (time zones of new people, queued sends) belongs to
    /// them, not to the level about to be timed.
    /// </summary>
    private async Task SettleAsync(CancellationToken ct)
    {
        var until = Stopwatch.GetTimestamp() + (long)(SettleLimit.TotalSeconds * Stopwatch.Frequency);
        var seen = storage.Requests;
        while (Stopwatch.GetTimestamp() < until)
        {
            await Task.Delay(SettleQuiet, TimeProvider.System, ct);
            var now = storage.Requests;
            if (now == seen)
            {
                return;
            }

            seen = now;
        }
    }

    private ActivitySeed NextSeed() =>
        new(Interlocked.Increment(ref _sequence), RunId, standIn.ServiceUrl.AbsoluteUri, bot.BotId, BotUnderTest.TenantId);

    private static UserPace? Schedule(long started, TimeSpan? pace, int user, int users) =>
        pace is { } every ? new UserPace(started + (long)(every.TotalSeconds * Stopwatch.Frequency * user / users), (long)(every.TotalSeconds * Stopwatch.Frequency)) : null;

    private async Task<WorkerResult> WorkAsync(IRequestSource source, long deadline, UserPace? pace, CancellationToken ct)
    {
        var result = new WorkerResult();
        while (Stopwatch.GetTimestamp() < deadline && !ct.IsCancellationRequested)
        {
            if (pace is not null && !await pace.WaitForTurnAsync(deadline, ct))
            {
                break;
            }

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
            // Each turn its own trace, as a caller that traces sends it: BreedBot's storage requests carry it on to the proxy.
            var trace = ActivityTraceId.CreateRandom().ToHexString();
            request.Headers.TryAddWithoutValidation("traceparent", "00-" + trace + "-" + ActivitySpanId.CreateRandom().ToHexString() + "-01");
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
                result.Traces.Add(trace);
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

    /// <summary>One paced user's timetable: the next start, and the interval between starts (Stopwatch ticks).</summary>
    private sealed class UserPace(long first, long every)
    {
        private long next = first;

        /// <summary>Waits for this user's next start; false when it would come after the deadline.</summary>
        public async Task<bool> WaitForTurnAsync(long deadline, CancellationToken ct)
        {
            var start = next;
            next += every;
            if (start >= deadline)
            {
                return false;
            }

            var wait = start - Stopwatch.GetTimestamp();
            if (wait > 0)
            {
                await Task.Delay(TimeSpan.FromSeconds((double)wait / Stopwatch.Frequency), TimeProvider.System, ct); // a real user's think time
            }

            return true;
        }
    }

    private sealed class WorkerResult
    {
        public List<double> Http { get; } = [];
        public List<double> EndToEnd { get; } = [];
        public List<string> Traces { get; } = [];
        public long Failures { get; set; }
        public bool RanOut { get; set; }
    }
}
