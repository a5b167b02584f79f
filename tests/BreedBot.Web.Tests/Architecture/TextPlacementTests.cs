using System.Text.RegularExpressions;

namespace BreedBot.Web.Tests.Architecture;

/// <summary>
/// Dutch and English sit side by side in one place per feature: a choice between the two languages
/// (<c>en ? … : …</c>) appears only in a <c>*Texts.cs</c> file (or a part of one, <c>ReflectionTexts.Choices.cs</c>).
/// </summary>
public sealed partial class TextPlacementTests
{
    [Fact]
    public void Sources_LanguageChoiceOutsideATextsFile_NoneFound()
    {
        var misplaced = SourceFiles.All()
            .Where(file => !IsTextsFile(file))
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, number: i + 1)))
            .Where(hit => LanguageChoice().IsMatch(hit.line))
            .Select(hit => $"{SourceFiles.Relative(hit.file)}:{hit.number}: {hit.line.Trim()}")
            .ToList();

        Assert.True(misplaced.Count == 0, "Words in two languages belong in the feature's *Texts.cs:\n" + string.Join('\n', misplaced));
    }

    [Theory]
    [InlineData("var title = en ? \"Save\" : \"Opslaan\";", true)]
    [InlineData("public string Save => En ? \"Save\" : \"Opslaan\";", true)]
    [InlineData("var team = chosen ? chosen : other;", false)]
    [InlineData("var open = token ? a : b;", false)]
    public void LanguageChoice_Line_IsFoundOnlyWhenItChoosesALanguage(string line, bool found) =>
        Assert.Equal(found, LanguageChoice().IsMatch(line));

    private static bool IsTextsFile(string file) => Path.GetFileName(file).Split('.')[0].EndsWith("Texts", StringComparison.Ordinal);

    [GeneratedRegex(@"\b[Ee]n \?")]
    private static partial Regex LanguageChoice();
}
