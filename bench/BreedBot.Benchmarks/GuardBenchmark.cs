using System.Diagnostics;
using System.Globalization;
using BreedBot.Domain.Privacy;

namespace BreedBot.Benchmarks;

/// <summary>Recall and false-positive rate of PrivacyGuard over the test corpus, and its speed.</summary>
internal static class GuardBenchmark
{
    private const string CorpusPath = "tests/BreedBot.Domain.Tests/Privacy/corpus.tsv";
    private const int Checks = 50_000;

    public static void Run(TextWriter output)
    {
        var corpus = File.ReadLines(Path.Combine(RepoRoot(), CorpusPath))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t', 2))
            .Select(parts => (Label: parts[0], Sentence: parts[1]))
            .ToList();
        var identifying = corpus.Where(entry => entry.Label != "ok").ToList();
        var ordinary = corpus.Where(entry => entry.Label == "ok").ToList();
        var caught = identifying.Count(entry => !PrivacyGuard.Check(entry.Sentence).IsAllowed);
        var refused = ordinary.Count(entry => !PrivacyGuard.Check(entry.Sentence).IsAllowed);

        output.WriteLine(Line($"Privacy guard — {CorpusPath}: {corpus.Count} sentences, {identifying.Count} identifying, {ordinary.Count} ordinary"));
        output.WriteLine(Line($"  recall {(double)caught / identifying.Count:P1} ({caught}/{identifying.Count}), false-positive rate {(double)refused / ordinary.Count:P1} ({refused}/{ordinary.Count})"));

        var sentences = corpus.Select(entry => entry.Sentence).ToArray();
        var full = string.Join(' ', sentences)[..FreeTextLimits.Text];
        output.WriteLine(Line($"  load average at start: {LoadAverage()} ({Environment.ProcessorCount} cores)"));
        Measure(output, "corpus sentences", sentences);
        Measure(output, "500-character texts", [full]);
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

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BreedBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Run from the repository: no BreedBot.sln above " + AppContext.BaseDirectory);
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
