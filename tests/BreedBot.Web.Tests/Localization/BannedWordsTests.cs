using System.Text.RegularExpressions;
using BreedBot.Testing;

namespace BreedBot.Web.Tests.Localization;

/// <summary>
/// One term per concept and Dutch that reads well, held over every text a user can see: the string literals of the
/// Web and Domain sources (the *Texts files and the builders that still hold words), the card templates and their
/// samples, the Teams manifest in both languages, and the README's "Using BreedBot".
/// </summary>
public sealed partial class BannedWordsTests
{
    /// <summary>What is banned, and what to write instead.</summary>
    public static TheoryData<string, string> Banned() => new()
    {
        { @"duo-partner", "duopartner (one word)" },
        { @"trio-partner", "triopartner" },
        { @"duo-moment", "duomoment" },
        { @"duo-herinnering", "duoherinnering" },
        { @"zacht duwtje|gentle nudge", "even een seintje" },
        { @"Bedacht\?", "Toch liever niet?" },
        { @"voor wiens overzicht", "Kies voor welk team het is" },
        { @"Goede pauze|Enjoy the break", "Je pauzeert tot en met {datum}." },
        { @"\w\((s|en|n)\)", "the count's own number: 1 bericht, 2 berichten" },
        { @"\bronde\b|\b(this|next|per) round\b", "rotatie / rotation" },
        { @"\bhooguit\b", "hoogstens" },
        { @"Direct of levensgevaar", "Direct gevaar of levensgevaar?" },
        { @"Ouder\(mis\)handeling", "kind-oudergeweld" },
        { @"meld je altijd|always report", "is melden de professionele norm" },
        { @"neemt (dan )?het volgen|takes over following", "Veilig Thuis and the professional agree who does what" },
        { @"groeit nog|still growing|volgen nog|still to come", "say what BreedBot does today" },
        { @"by themselves|by itself|by yourself", "automatically" },
        { @"yesterday", "the nudge comes after a weekend too: no 'yesterday'" },
        { @"Doctor's assistant", "GP assistant" },
        { @"Direct gevaar\? (Eerst|112 en)|Direct danger\? (112 and|112 first)", "one acute headline: 'Direct gevaar? Bel nu 112.'" },
    };

    [Theory]
    [MemberData(nameof(Banned))]
    public void UserTexts_NeverUseTheBannedForm(string pattern, string instead)
    {
        var banned = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        var hits = UserTexts().Where(t => banned.IsMatch(t.Text)).Select(t => $"{t.Where}: {t.Text}").ToList();

        Assert.True(hits.Count == 0, $"Write '{instead}' instead:\n" + string.Join('\n', hits));
    }

    [Fact]
    public void UserTexts_AreFound()
    {
        var texts = UserTexts().ToList();

        // The scan must see the words it judges: a path that moved would otherwise pass by reading nothing.
        Assert.Contains(texts, t => t.Text.Contains("Direct gevaar? Bel nu 112.", StringComparison.Ordinal) && t.Where.EndsWith("SafetyTexts.cs", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Where.EndsWith(".data.json", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Where.EndsWith("en.json", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Where == "README.md");
        Assert.Contains(texts, t => t.Where.EndsWith("KnowledgeTips.cs", StringComparison.Ordinal));
    }

    private static IEnumerable<(string Where, string Text)> UserTexts()
    {
        var sources = new[] { "src/BreedBot.Web", "src/BreedBot.Domain" }
            .SelectMany(dir => Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, dir), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !Path.GetFileName(f).StartsWith("Log.", StringComparison.Ordinal));
        foreach (var file in sources)
        {
            // A command row's typed words are what people may type ("duo-moment" is understood), not what BreedBot writes;
            // its help keyword, on a line of its own, is checked like any text.
            foreach (var line in File.ReadLines(file).Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal) && !l.Contains("LoggerMessage", StringComparison.Ordinal)
                && !(Path.GetFileName(file) == "CommandTable.cs" && l.TrimStart().StartsWith("new(BotCommand.", StringComparison.Ordinal))))
            {
                foreach (Match literal in StringLiteral().Matches(line))
                {
                    // An interpolation hole is code ("{Of(form, en)}"), not words.
                    yield return (Relative(file), InterpolationHole().Replace(literal.Value, "{}"));
                }
            }
        }

        var documents = Directory.EnumerateFiles(RepoPaths.Cards, "*.json")
            .Concat([Path.Combine(RepoPaths.Root, "deploy", "appPackage", "manifest.json"), Path.Combine(RepoPaths.Root, "deploy", "appPackage", "en.json")]);
        foreach (var file in documents)
        {
            foreach (var line in File.ReadLines(file))
            {
                yield return (Relative(file), line);
            }
        }

        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var start = readme.IndexOf("\n## Using BreedBot", StringComparison.Ordinal);
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        // The README describes BreedBot in English prose; what users see of it are the quoted texts.
        foreach (Match quote in Quoted().Matches(readme[start..end]))
        {
            yield return ("README.md", quote.Value);
        }
    }

    private static string Relative(string path) => Path.GetRelativePath(RepoPaths.Root, path);

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"")]
    private static partial Regex StringLiteral();

    [GeneratedRegex("\\{[^{}\"]*\\}")]
    private static partial Regex InterpolationHole();

    [GeneratedRegex("\"[^\"]*\"")]
    private static partial Regex Quoted();
}
