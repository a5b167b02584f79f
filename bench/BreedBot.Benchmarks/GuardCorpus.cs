namespace BreedBot.Benchmarks;

/// <summary>
/// A labelled corpus for the privacy guard: <c>label TAB sentence</c> (the test corpus) or
/// <c>label TAB group TAB sentence</c>, where the group is the identifying sub-kind or the trap an ordinary
/// sentence sets. Label "ok" must pass; any other label names the kind that must be refused.
/// </summary>
internal sealed record GuardCorpus(string Path, IReadOnlyList<GuardCorpus.Entry> Entries)
{
    public const string Allowed = "ok";

    /// <summary>The guard's own test corpus, the development corpus and the corpus written blind (when present).</summary>
    public static readonly string[] Defaults =
    [
        "tests/BreedBot.Domain.Tests/Privacy/corpus.tsv",
        "tests/BreedBot.Domain.Tests/Privacy/development-corpus.tsv",
        "bench/privacy-corpus/unseen.tsv",
    ];

    /// <summary>A corpus the guard was never tuned on: the benchmark prints its figures, never its sentences.</summary>
    public bool IsBlind => Path.Replace('\\', '/').Contains("bench/privacy-corpus/", StringComparison.Ordinal);

    public static GuardCorpus Load(string path) =>
        new(path, File.ReadLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(parts => parts.Length >= 3
                ? new Entry(parts[0].Trim(), parts[1].Trim(), string.Join('\t', parts[2..]))
                : new Entry(parts[0].Trim(), parts[0].Trim(), parts[1]))
            .ToList());

    public sealed record Entry(string Label, string Group, string Sentence)
    {
        public bool IsIdentifying => Label != Allowed;
    }
}
