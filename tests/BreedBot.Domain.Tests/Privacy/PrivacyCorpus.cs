using BreedBot.Domain.Privacy;
using BreedBot.Testing;

namespace BreedBot.Domain.Tests.Privacy;

/// <summary>The labelled sentences of corpus.tsv: "ok" must pass, any other label must be refused.</summary>
public static class PrivacyCorpus
{
    public const string Allowed = "ok";

    public static string FilePath => Path.Combine(RepoPaths.Root, "tests", "BreedBot.Domain.Tests", "Privacy", "corpus.tsv");

    public static IReadOnlyList<(string Label, string Sentence)> Load() =>
        File.ReadLines(FilePath)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t', 2))
            .Select(parts => (parts[0], parts[1]))
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
        _ => throw new ArgumentOutOfRangeException(nameof(label), label, "unknown corpus label"),
    };
}
