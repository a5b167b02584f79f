using BreedBot.Web.Kernel;

namespace BreedBot.Web.MyData;

/// <summary>
/// The full export as pages of lines. A Teams message has a size limit and a long card is hard to
/// read on a phone, so the export is split over several messages; no line is ever cut or lost.
/// </summary>
internal static class PersonalDataExport
{
    public const int MaxLinesPerPage = 20;
    public const int MaxCharactersPerPage = 6000;

    public static IReadOnlyList<IReadOnlyList<string>> Pages(IEnumerable<PersonalDataSection> sections)
    {
        var lines = new List<string>();
        foreach (var section in sections.Where(s => s.Count > 0 || s.Lines.Count > 0))
        {
            lines.Add($"{section.Title} ({section.Count})");
            lines.AddRange(section.Lines.Select(line => "• " + line));
        }

        return Split(lines, MaxLinesPerPage, MaxCharactersPerPage);
    }

    public static IReadOnlyList<IReadOnlyList<string>> Split(IReadOnlyList<string> lines, int maxLines, int maxCharacters)
    {
        var pages = new List<IReadOnlyList<string>>();
        var page = new List<string>();
        var size = 0;
        foreach (var line in lines)
        {
            if (page.Count > 0 && (page.Count == maxLines || size + line.Length > maxCharacters))
            {
                pages.Add(page);
                page = [];
                size = 0;
            }

            page.Add(line);
            size += line.Length;
        }

        if (page.Count > 0)
        {
            pages.Add(page);
        }

        return pages;
    }
}
