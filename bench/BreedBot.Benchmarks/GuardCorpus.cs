namespace BreedBot.Benchmarks;

/// <summary>
/// A labelled corpus for the privacy guard: <c>label TAB sentence</c> (the test corpus) or
/// <c>label TAB group TAB sentence</c>, where the group is the identifying sub-kind, the trap an ordinary
/// sentence sets, or (corpus C) the persona who wrote it. Label "ok" must pass; any other label names the kind
/// that must be refused. Each entry keeps its line number in the file, so a corpus can be split in halves.
/// </summary>
internal sealed record GuardCorpus(string Path, IReadOnlyList<GuardCorpus.Entry> Entries)
{
    public const string Allowed = "ok";

    /// <summary>The folder of the corpora the guard is tuned on; every other corpus is blind.</summary>
    public const string TuningFolder = "tests/BreedBot.Domain.Tests/Privacy/";

    /// <summary>
    /// The old test corpus, the development corpus and the five corpora that were written blind (B to F) and are
    /// tuning data since (their READMEs beside them say how they were made and when they were first scored).
    /// </summary>
    public static readonly string[] Defaults =
    [
        TuningFolder + "corpus.tsv",
        TuningFolder + "development-corpus.tsv",
        TuningFolder + "corpus-b.tsv",
        TuningFolder + "corpus-c.tsv",
        TuningFolder + "corpus-d.tsv",
        TuningFolder + "corpus-e.tsv",
        TuningFolder + "corpus-f.tsv",
    ];

    /// <summary>A corpus outside the tuning folder was never tuned on: the benchmark prints its figures, never its sentences.</summary>
    public bool IsBlind => !Path.Replace('\\', '/').Contains(TuningFolder, StringComparison.Ordinal);

    public static GuardCorpus Load(string path) =>
        new(path, File.ReadLines(path)
            .Select((line, index) => (Line: line, Number: index + 1))
            .Where(row => row.Line.Length > 0 && !row.Line.StartsWith('#'))
            .Select(row => (Parts: row.Line.Split('\t'), row.Number))
            .Select(row => row.Parts.Length >= 3
                ? new Entry(row.Parts[0].Trim(), row.Parts[1].Trim(), string.Join('\t', row.Parts[2..]), row.Number)
                : new Entry(row.Parts[0].Trim(), row.Parts[0].Trim(), row.Parts[1], row.Number))
            .ToList());

    /// <summary>One sentence; <paramref name="Line"/> is its line number in the file, counted from 1 as an editor shows it.</summary>
    public sealed record Entry(string Label, string Group, string Sentence, int Line)
    {
        public bool IsIdentifying => Label != Allowed;

        /// <summary>"even" or "odd", by the line number: the halves a corpus is tuned on and held out by.</summary>
        public string Half => Line % 2 == 0 ? "even" : "odd";
    }
}
