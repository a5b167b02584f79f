using BreedBot.Web.Kernel;

namespace BreedBot.Web.MyData;

/// <summary>
/// The full export as pages of headed blocks, one heading per kind of record. A Teams message has a size limit and a
/// long card is hard to read on a phone, so the export is split over several messages; no line is ever cut or lost,
/// and a kind that runs on to the next page is headed there again, marked as continued.
/// </summary>
internal static class PersonalDataExport
{
    public const int MaxLinesPerPage = 20;
    public const int MaxCharactersPerPage = 6000;

    /// <summary>One kind's heading with its count, "Reflecties (2)": a count in brackets reads right in the singular and plural alike.</summary>
    public static string Heading(PersonalDataSection section) => $"{section.Title} ({section.Count})";

    /// <summary>A kind with something in it: the export and the file leave the empty ones out alike.</summary>
    public static bool Shows(PersonalDataSection section) => section.Count > 0 || section.Lines.Count > 0;

    /// <summary>The kinds with something in them, as pages of blocks; <paramref name="continued"/> marks a heading repeated on the next page.</summary>
    public static IReadOnlyList<IReadOnlyList<ExportBlock>> Pages(IEnumerable<PersonalDataSection> sections, string continued)
    {
        var entries = new List<(int Section, string Heading, string? Line)>();
        var shown = sections.Where(Shows).ToList();
        for (var i = 0; i < shown.Count; i++)
        {
            var heading = Heading(shown[i]);
            entries.Add((i, heading, null));
            entries.AddRange(shown[i].Lines.Select(line => (i, heading, (string?)("• " + line))));
        }

        return [.. Split(entries, MaxLinesPerPage, MaxCharactersPerPage, e => (e.Line ?? e.Heading).Length).Select(page => Blocks(page, continued))];
    }

    public static IReadOnlyList<IReadOnlyList<string>> Split(IReadOnlyList<string> lines, int maxLines, int maxCharacters) =>
        Split(lines, maxLines, maxCharacters, line => line.Length);

    private static IReadOnlyList<ExportBlock> Blocks(IReadOnlyList<(int Section, string Heading, string? Line)> page, string continued) =>
    [
        .. page.GroupBy(e => e.Section).Select(group =>
        {
            var first = group.First();
            var heading = first.Line is null ? first.Heading : $"{first.Heading} ({continued})";
            return new ExportBlock(heading, [.. group.Select(e => e.Line).OfType<string>()]);
        }),
    ];

    private static List<IReadOnlyList<T>> Split<T>(IReadOnlyList<T> items, int maxLines, int maxCharacters, Func<T, int> length)
    {
        var pages = new List<IReadOnlyList<T>>();
        var page = new List<T>();
        var size = 0;
        foreach (var item in items)
        {
            if (page.Count > 0 && (page.Count == maxLines || size + length(item) > maxCharacters))
            {
                pages.Add(page);
                page = [];
                size = 0;
            }

            page.Add(item);
            size += length(item);
        }

        if (page.Count > 0)
        {
            pages.Add(page);
        }

        return pages;
    }
}

/// <summary>One kind of record on an export page: its heading and its lines.</summary>
internal sealed record ExportBlock(string Heading, IReadOnlyList<string> Lines);
