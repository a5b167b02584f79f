using System.Diagnostics;
using System.Globalization;
using BreedBot.Benchmarks.Harness;
using BreedBot.Domain.Privacy;

namespace BreedBot.Benchmarks;

/// <summary>
/// The privacy guard: what its lexicons cost in memory, its recall and false positives on each corpus
/// (per kind, per identifying sub-kind and per trap group), and its speed per text.
/// <c>--corpus PATH</c> (repeatable) scores those files instead of the default ones; <c>--misses 1</c> also
/// prints the sentences it got wrong (<c>--misses even</c>: only those on even lines), except for a blind corpus
/// (any file outside tests/BreedBot.Domain.Tests/Privacy), whose sentences are never shown. <c>--half even</c> scores only the
/// even lines of each corpus (the speed is still measured on every sentence).
/// </summary>
internal static class GuardBenchmark
{
    private const int Checks = 50_000;

    public static void Run(TextWriter output)
    {
        var arguments = BenchArguments.Current;
        var paths = arguments.Corpora.Count > 0
            ? arguments.Corpora.Select(Path.GetFullPath).ToList()
            : GuardCorpus.Defaults.Select(path => RepoRoot.Combine(path)).Where(File.Exists).ToList();

        MeasureLexicons(output);
        var corpora = paths.Select(GuardCorpus.Load).ToList();
        foreach (var corpus in corpora)
        {
            var scored = arguments.Half is null ? corpus : corpus with { Entries = [.. corpus.Entries.Where(entry => entry.Half == arguments.Half)] };
            GuardScore.Print(output, scored, corpus.IsBlind ? null : arguments.Misses);
        }

        var sentences = corpora.SelectMany(corpus => corpus.Entries).Select(entry => entry.Sentence).ToArray();
        var full = string.Join(' ', sentences);
        var texts = Enumerable.Range(0, 20).Select(k => Window(full, k * 997, FreeTextLimits.Text)).ToArray();
        output.WriteLine(Line($"  load average at start: {LoadAverage()} ({Environment.ProcessorCount} cores)"));
        Measure(output, "corpus sentences", sentences);
        Measure(output, "500-character texts", texts);
    }

    private static void MeasureLexicons(TextWriter output)
    {
        var managedBefore = GC.GetTotalMemory(forceFullCollection: true);
        var workingSetBefore = ProcessStats.WorkingSetMb(Environment.ProcessId);
        var start = Stopwatch.GetTimestamp();
        var entries = PrivacyGuard.WarmUp();
        var loadMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        var managedAfter = GC.GetTotalMemory(forceFullCollection: true);
        var workingSetAfter = ProcessStats.WorkingSetMb(Environment.ProcessId);
        output.WriteLine(Line($"Privacy guard — lexicons: loaded in {loadMs:F0} ms ({entries:N0} Dutch words and the name lists); working set {workingSetBefore:F1} MB before, {workingSetAfter:F1} MB after (+{workingSetAfter - workingSetBefore:F1} MB); managed heap +{(managedAfter - managedBefore) / 1048576.0:F1} MB"));
    }

    private static string Window(string text, int start, int length)
    {
        start %= Math.Max(1, text.Length - length);
        return text.Substring(start, Math.Min(length, text.Length - start));
    }

    private static void Measure(TextWriter output, string what, string[] texts)
    {
        foreach (var text in texts)
        {
            PrivacyGuard.Check(text);
        }

        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < Checks; i++)
        {
            PrivacyGuard.Check(texts[i % texts.Length]);
        }

        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        process.Refresh();
        var cpuSeconds = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        output.WriteLine(Line($"  {what}: {Checks / seconds:N0} texts per second wall clock ({seconds * 1e6 / Checks:F1} µs each), {Checks / cpuSeconds:N0} per CPU second ({cpuSeconds * 1e6 / Checks:F1} µs), {Checks} checks"));
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
