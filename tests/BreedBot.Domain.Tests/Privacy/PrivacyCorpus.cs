using BreedBot.Domain.Privacy;
using BreedBot.Testing;

namespace BreedBot.Domain.Tests.Privacy;

/// <summary>
/// The labelled sentences of corpus.tsv (label TAB sentence) and development-corpus.tsv, corpus-b.tsv to corpus-f.tsv
/// (label TAB group TAB sentence): "ok" must pass, any other label must be refused. Corpora B to F were written
/// blind by others and are tuning data since (corpus-b.md to corpus-f.md); a corpus still blind
/// is kept outside the repository's tests and scored by the guard benchmark only.
/// </summary>
public static class PrivacyCorpus
{
    public const string Allowed = "ok";

    public const string Regression = "corpus.tsv";
    public const string Development = "development-corpus.tsv";
    public const string B = "corpus-b.tsv";
    public const string C = "corpus-c.tsv";
    public const string D = "corpus-d.tsv";
    public const string E = "corpus-e.tsv";
    public const string F = "corpus-f.tsv";

    public static string FilePath(string name) => Path.Combine(RepoPaths.Root, "tests", "BreedBot.Domain.Tests", "Privacy", name);

    public static IReadOnlyList<(string Label, string Sentence)> Load(string name = Regression) =>
        File.ReadLines(FilePath(name))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(parts => (parts[0], parts[^1]))
            .ToList();

    public static PrivacyFindingKind KindOf(string label) => label switch
    {
        "bsn" => PrivacyFindingKind.Bsn,
        "phone" => PrivacyFindingKind.PhoneNumber,
        "email" => PrivacyFindingKind.EmailAddress,
        "iban" => PrivacyFindingKind.Iban,
        "postcode" => PrivacyFindingKind.Postcode,
        "street" => PrivacyFindingKind.StreetAddress,
        "birthdate" => PrivacyFindingKind.DateOfBirth,
        "name" => PrivacyFindingKind.PersonName,
        "clientnumber" => PrivacyFindingKind.ClientNumber,
        "plate" => PrivacyFindingKind.LicencePlate,
        _ => throw new ArgumentOutOfRangeException(nameof(label), label, "unknown corpus label"),
    };
}
