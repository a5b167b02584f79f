using System.Globalization;
using BreedBot.Domain.Privacy;

namespace BreedBot.Benchmarks;

/// <summary>Recall and false positives of the guard on one corpus, overall and per kind and group.</summary>
internal static class GuardScore
{
    private static readonly Dictionary<string, PrivacyFindingKind> Kinds = new(StringComparer.Ordinal)
    {
        ["bsn"] = PrivacyFindingKind.Bsn,
        ["phone"] = PrivacyFindingKind.PhoneNumber,
        ["email"] = PrivacyFindingKind.EmailAddress,
        ["iban"] = PrivacyFindingKind.Iban,
        ["postcode"] = PrivacyFindingKind.Postcode,
        ["street"] = PrivacyFindingKind.StreetAddress,
        ["birthdate"] = PrivacyFindingKind.DateOfBirth,
        ["name"] = PrivacyFindingKind.PersonName,
        ["clientnumber"] = PrivacyFindingKind.ClientNumber,
        ["plate"] = PrivacyFindingKind.LicencePlate,
    };

    public static void Print(TextWriter output, GuardCorpus corpus, string? misses)
    {
        var results = corpus.Entries.Select(entry => (Entry: entry, Check: PrivacyGuard.Check(entry.Sentence))).ToList();
        var identifying = results.Where(r => r.Entry.IsIdentifying).ToList();
        var ordinary = results.Where(r => !r.Entry.IsIdentifying).ToList();
        var caught = identifying.Count(r => !r.Check.IsAllowed);
        var refused = ordinary.Count(r => !r.Check.IsAllowed);

        output.WriteLine();
        var onlyHalf = corpus.Entries.Select(entry => entry.Half).Distinct().Count() == 1 ? $" ({corpus.Entries[0].Half} lines only)" : "";
        output.WriteLine(Line($"Corpus {corpus.Path}{onlyHalf}: {results.Count} sentences, {identifying.Count} identifying, {ordinary.Count} ordinary{(corpus.IsBlind ? " (blind: figures only)" : "")}"));
        output.WriteLine(Line($"  recall {Share(caught, identifying.Count)}, false positives {Share(refused, ordinary.Count)}"));
        foreach (var half in results.GroupBy(r => r.Entry.Half).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var halfIdentifying = half.Where(r => r.Entry.IsIdentifying).ToList();
            var halfOrdinary = half.Where(r => !r.Entry.IsIdentifying).ToList();
            output.WriteLine(Line($"  {half.Key} lines: recall {Share(halfIdentifying.Count(r => !r.Check.IsAllowed), halfIdentifying.Count)}, false positives {Share(halfOrdinary.Count(r => !r.Check.IsAllowed), halfOrdinary.Count)}"));
        }

        output.WriteLine("  recall per kind (refused at all; refused for the labelled kind):");
        foreach (var kind in identifying.GroupBy(r => r.Entry.Label).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var rightKind = Kinds.TryGetValue(kind.Key, out var k) ? kind.Count(r => r.Check.Findings.Contains(k)) : 0;
            output.WriteLine(Line($"    {kind.Key,-13} {Share(kind.Count(r => !r.Check.IsAllowed), kind.Count()),-20} as {kind.Key}: {rightKind}"));
        }

        PrintGroups(output, "  recall per identifying sub-kind:", identifying, r => !r.Check.IsAllowed);
        PrintGroups(output, "  false positives per trap group:", ordinary, r => !r.Check.IsAllowed);

        output.WriteLine("  false positives per kind found:");
        foreach (var kind in ordinary.SelectMany(r => r.Check.Findings).GroupBy(f => f).OrderBy(g => g.Key))
        {
            output.WriteLine(Line($"    {kind.Key,-13} {kind.Count()}"));
        }

        if (misses is not null)
        {
            foreach (var (entry, check) in identifying.Where(r => r.Check.IsAllowed).Concat(ordinary.Where(r => !r.Check.IsAllowed))
                .Where(r => misses == "all" || r.Entry.Half == misses))
            {
                output.WriteLine($"    MISS {entry.Line} {entry.Label}/{entry.Group} [{string.Join(',', check.Findings)}]\t{entry.Sentence}");
            }
        }
    }

    private static void PrintGroups(
        TextWriter output,
        string title,
        List<(GuardCorpus.Entry Entry, PrivacyCheck Check)> results,
        Func<(GuardCorpus.Entry Entry, PrivacyCheck Check), bool> counted)
    {
        output.WriteLine(title);
        foreach (var group in results.GroupBy(r => $"{r.Entry.Label}/{r.Entry.Group}").OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine(Line($"    {group.Key,-34} {Share(group.Count(counted), group.Count())}"));
        }
    }

    private static string Share(int count, int of) =>
        of == 0 ? "—" : string.Create(CultureInfo.InvariantCulture, $"{(double)count / of:P1} ({count}/{of})");

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
