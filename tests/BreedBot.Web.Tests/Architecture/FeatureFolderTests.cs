using System.Text.RegularExpressions;

namespace BreedBot.Web.Tests.Architecture;

/// <summary>
/// One room per feature: a feature folder of BreedBot.Web reaches another feature only through Domain, Storage or the
/// shared folders below, and the shared folders reach no feature at all. A new folder counts as a feature until it is
/// added to <see cref="Shared"/> (and to the README's folder map). Both the namespace (<c>BreedBot.Web.Pairing</c>) and
/// the names of a feature's types are looked for, so a reference cannot slip through a relative name.
/// </summary>
public sealed partial class FeatureFolderTests
{
    /// <summary>What every feature may use: the turn, the template engine, the kernel, languages, the outbox, the scheduler and the rest of the host.</summary>
    private static readonly HashSet<string> Shared = new(StringComparer.Ordinal)
    {
        "AfterReply", "Cards", "Health", "Kernel", "Localization", "Outbound", "Scheduling", "Telemetry", "Turn",
    };

    private static readonly HashSet<string> NotCode = new(StringComparer.Ordinal) { "bin", "obj", "Properties" };

    private static string Web => Path.Combine(SourceFiles.Src, "BreedBot.Web");

    [Fact]
    public void Folders_ReferenceToAnotherFeature_NoneFound()
    {
        var owners = FeatureTypes();
        var crossings = Folders()
            .SelectMany(folder => SourceFiles.All(Path.Combine(Web, folder)).SelectMany(file => Crossings(folder, file, owners)))
            .Distinct()
            .ToList();

        Assert.True(crossings.Count == 0, "A folder reaches into another feature folder:\n" + string.Join('\n', crossings));
    }

    [Fact]
    public void Folders_TheFeaturesOfTheIssue_AreAllThere()
    {
        Assert.Equal(
            ["CourageStories", "DuoWeeks", "Help", "Installation", "Meldcode", "Members", "MyData", "Pairing", "Reflections", "Retention", "Settings", "Status", "Summaries"],
            Features());
    }

    [Theory]
    [InlineData("using BreedBot.Web.Pairing;", "Pairing")]
    [InlineData("var verb = BreedBot.Web.Reflections.ReflectionVerbs.Start;", "Reflections")]
    [InlineData("using static BreedBot.Web.Settings.SettingsTexts;", "Settings")]
    public void Crossings_NamespaceOfAnotherFeature_IsFound(string line, string feature) =>
        Assert.Equal([feature], References(line, new Dictionary<string, string>()));

    [Theory]
    [InlineData("return PairingVerbs.Start;", true)]
    [InlineData("services.AddScoped<DuoDeparture>();", true)]
    [InlineData("private readonly DuoDeparture departure = new();", true)]
    [InlineData("public PersonalDataKind Kind => PersonalDataKind.DuoDeparture;", false)]
    [InlineData("public const string DuoDeparture = \"duo-departure\";", false)]
    [InlineData("    DuoDeparture,", false)]
    [InlineData("/// <see cref=\"DuoDeparture\"/> tells the partners.", false)]
    public void Crossings_TypeOfAnotherFeature_IsFoundWhereItIsUsed(string line, bool found)
    {
        var owners = new Dictionary<string, string> { ["PairingVerbs"] = "Pairing", ["DuoDeparture"] = "Pairing" };

        Assert.Equal(found, References(line, owners).Contains("Pairing"));
    }

    private static IEnumerable<string> Crossings(string folder, string file, IReadOnlyDictionary<string, string> owners) =>
        File.ReadLines(file)
            .SelectMany(line => References(line, owners))
            .Where(target => target != folder && Features().Contains(target))
            .Select(target => $"{SourceFiles.Relative(file)} → {target}");

    /// <summary>The folders a line refers to: by namespace, or by a feature's type used there (not a member or constant of the same name, not a comment).</summary>
    private static IEnumerable<string> References(string line, IReadOnlyDictionary<string, string> owners)
    {
        var code = line.Trim();
        if (code.StartsWith("//", StringComparison.Ordinal) || EnumMember().IsMatch(code))
        {
            yield break;
        }

        foreach (Match m in WebNamespace().Matches(code))
        {
            yield return m.Groups["folder"].Value;
        }

        foreach (Match m in Name().Matches(code))
        {
            if (owners.TryGetValue(m.Value, out var owner) && !Declared(code, m))
            {
                yield return owner;
            }
        }
    }

    // "x.Name" is a member, "Name = …" a constant or property being declared: neither is the type.
    private static bool Declared(string code, Match name) =>
        (name.Index > 0 && code[name.Index - 1] == '.') || Assignment().IsMatch(code[(name.Index + name.Length)..]);

    private static Dictionary<string, string> FeatureTypes()
    {
        var declared = Folders().SelectMany(folder => SourceFiles.All(Path.Combine(Web, folder))
                .SelectMany(file => TypeDeclaration().Matches(File.ReadAllText(file)).Select(m => (Name: m.Groups["name"].Value, Folder: folder))))
            .Concat(Directory.GetFiles(Web, "*.cs").SelectMany(file => TypeDeclaration().Matches(File.ReadAllText(file)).Select(m => (Name: m.Groups["name"].Value, Folder: ""))))
            .ToList();

        // A name declared in two folders (or in a shared one) tells nothing about which feature is meant.
        return declared.GroupBy(d => d.Name)
            .Where(g => g.Select(d => d.Folder).Distinct().Count() == 1 && Features().Contains(g.First().Folder))
            .ToDictionary(g => g.Key, g => g.First().Folder, StringComparer.Ordinal);
    }

    private static IReadOnlyList<string> Folders() =>
        [.. Directory.GetDirectories(Web).Select(Path.GetFileName).OfType<string>().Where(d => !NotCode.Contains(d)).Order(StringComparer.Ordinal)];

    private static IReadOnlyList<string> Features() => [.. Folders().Where(f => !Shared.Contains(f))];

    [GeneratedRegex(@"\bBreedBot\.Web\.(?<folder>[A-Z][A-Za-z]*)\b")]
    private static partial Regex WebNamespace();

    [GeneratedRegex(@"\b(?:class|record|struct|interface|enum)\s+(?<name>[A-Z]\w*)")]
    private static partial Regex TypeDeclaration();

    [GeneratedRegex(@"\b[A-Z]\w*\b")]
    private static partial Regex Name();

    [GeneratedRegex(@"^\s*=(?![=>])")]
    private static partial Regex Assignment();

    [GeneratedRegex(@"^[A-Z]\w*,?$")]
    private static partial Regex EnumMember();
}
