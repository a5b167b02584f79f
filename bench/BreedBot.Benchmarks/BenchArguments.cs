using System.Globalization;

namespace BreedBot.Benchmarks;

/// <summary>
/// The options after the benchmark's name: <c>--seconds</c> per concurrency level (default 10),
/// <c>--warmup</c> seconds (default 3), <c>--levels 1,10,50</c>, <c>--minutes</c> of the memory run (default 10),
/// <c>--scenarios help,mydata,reflection-step,checkin</c> (default: every inbound scenario), <c>--pace</c> seconds
/// between one user's inbound requests (default: none, closed loop), <c>--storage-latency 0,8</c> milliseconds the storage
/// proxy holds each request (each value a run of every scenario; default 0), <c>--profile</c> seconds of a dotnet-trace
/// profile of BreedBot under 'help' afterwards, <c>--web</c> another BreedBot.Web build
/// folder to run (e.g. a copy of the build before a change, for a before/after comparison); for the fan-out
/// <c>--reminders</c>, <c>--people</c>, <c>--teams</c>, <c>--pumps</c>, <c>--scale</c>, <c>--instances</c>;
/// for the guard <c>--corpus PATH</c> (repeatable), <c>--half even|odd</c> and <c>--misses 1|even|odd</c>.
/// </summary>
internal sealed record BenchArguments(double Seconds, double WarmUpSeconds, int[] Levels, double Minutes, string[]? Scenarios = null, string? WebFolder = null)
{
    /// <summary>Fan-out: reminders in all (default 10 000).</summary>
    public int Reminders { get; init; } = 10_000;

    /// <summary>Fan-out: members they go to, one occurrence after another (default 1 000).</summary>
    public int People { get; init; } = 1_000;

    /// <summary>Fan-out: teams the members are spread over, in one tenant (default 25: teams of 40, as BreedBot's teams are).</summary>
    public int Teams { get; init; } = 25;

    /// <summary>Fan-out: send loops per instance (default: BreedBot's own default, <c>Outbox:Pumps</c>).</summary>
    public int? Pumps { get; init; }

    /// <summary>Fan-out: Teams' limits times this (default 1: 50/s per tenant, 7/s per conversation).</summary>
    public int Scale { get; init; } = 1;

    /// <summary>
    /// Inbound: seconds between one user's requests (think time included), so each concurrency level is that many
    /// users at a human pace instead of that many requests always in flight (default: none, as fast as answered).
    /// </summary>
    public double? Pace { get; init; }

    /// <summary>Guard: the corpus files to score (<c>--corpus PATH</c>, repeatable; default: every corpus in the repo).</summary>
    public IReadOnlyList<string> Corpora { get; init; } = [];

    /// <summary>
    /// Guard: also print the sentences it got wrong (<c>--misses 1</c>), or only those on even or odd lines (<c>--misses even</c>:
    /// tune on one half, keep the other held out); never those of a blind corpus.
    /// </summary>
    public string? Misses { get; init; }

    /// <summary>
    /// Guard: score only the sentences on even or odd lines of each corpus (<c>--half even</c>), so that tuning on one half
    /// shows no figure of the half held out, not even per kind.
    /// </summary>
    public string? Half { get; init; }

    /// <summary>
    /// Inbound: milliseconds the storage proxy holds each request before passing it on, as a storage account that far
    /// away would answer (Azure Table Storage from an App Service in the same region: about 5–10 ms); every scenario
    /// runs at each value (default: 0 only).
    /// </summary>
    public double[] StorageLatenciesMs { get; init; } = [0];

    /// <summary>Inbound: seconds of a dotnet-trace profile of BreedBot under 'help' at the highest level, after the timed runs (default: none).</summary>
    public double? ProfileSeconds { get; init; }

    /// <summary>Fan-out: BreedBot instances sending at once (default 1).</summary>
    public int Instances { get; init; } = 1;

    public static BenchArguments Default { get; } = new(10, 3, [1, 10, 50], 10);

    /// <summary>The options of this run; set once by Program.</summary>
    public static BenchArguments Current { get; set; } = Default;

    public static BenchArguments Parse(IReadOnlyList<string> args)
    {
        var result = Default;
        for (var i = 0; i < args.Count; i += 2)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            result = args[i] switch
            {
                "--seconds" => result with { Seconds = Number(value) },
                "--warmup" => result with { WarmUpSeconds = Number(value) },
                "--minutes" => result with { Minutes = Number(value) },
                "--web" => result with { WebFolder = Path.GetFullPath(value) },
                "--reminders" => result with { Reminders = Whole(value) },
                "--people" => result with { People = Whole(value) },
                "--teams" => result with { Teams = Whole(value) },
                "--pumps" => result with { Pumps = Whole(value) },
                "--scale" => result with { Scale = Whole(value) },
                "--instances" => result with { Instances = Whole(value) },
                "--pace" => result with { Pace = Number(value) },
                "--corpus" => result with { Corpora = [.. result.Corpora, value] },
                "--misses" => result with { Misses = value is "1" or "true" or "yes" or "all" ? "all" : value is "even" or "odd" ? value : throw new ArgumentException("--misses takes 1, even or odd") },
                "--half" => result with { Half = value is "even" or "odd" ? value : throw new ArgumentException("--half takes even or odd") },

                "--profile" => result with { ProfileSeconds = Number(value) },
                "--storage-latency" => result with { StorageLatenciesMs = [.. value.Split(',').Select(Number)] },
                "--scenarios" => result with { Scenarios = value.Split(',') },
                "--levels" => result with { Levels = value.Split(',').Select(level => int.Parse(level, CultureInfo.InvariantCulture)).ToArray() },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        return result;
    }

    private static int Whole(string value) => int.Parse(value, CultureInfo.InvariantCulture);

    private static double Number(string value) => double.Parse(value, CultureInfo.InvariantCulture);
}
