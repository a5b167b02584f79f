using BreedBot.Web.Kernel;
using BreedBot.Web.MyData;

namespace BreedBot.Web.Tests.MyData;

public sealed class PersonalDataExportTests
{
    [Fact]
    public void Split_MoreLinesThanAPage_KeepsEveryLineInOrderOverSeveralPages()
    {
        var lines = Enumerable.Range(1, 45).Select(i => $"regel {i}").ToList();

        var pages = PersonalDataExport.Split(lines, maxLines: 20, maxCharacters: 10_000);

        Assert.Equal([20, 20, 5], pages.Select(p => p.Count));
        Assert.Equal(lines, pages.SelectMany(p => p));
    }

    [Fact]
    public void Split_LongLines_StartANewPageBeforeTheCharacterLimit()
    {
        var lines = new[] { new string('a', 60), new string('b', 50), new string('c', 10) };

        var pages = PersonalDataExport.Split(lines, maxLines: 20, maxCharacters: 100);

        Assert.Equal(2, pages.Count);
        Assert.Equal([lines[0]], pages[0]);
        Assert.Equal([lines[1], lines[2]], pages[1]);
    }

    [Fact]
    public void Split_OneLineOverTheLimit_StillGoesOutWhole()
    {
        var pages = PersonalDataExport.Split([new string('x', 500)], maxLines: 20, maxCharacters: 100);

        Assert.Equal(500, Assert.Single(Assert.Single(pages)).Length);
    }

    [Fact]
    public void Pages_EmptyKinds_AreLeftOutAndEachKindGetsAHeading()
    {
        var pages = PersonalDataExport.Pages(
        [
            new PersonalDataSection("Duo's", 2, null, ["met Ana", "met Bo"]),
            new PersonalDataSection("Reflecties", 0, null, []),
            new PersonalDataSection("Moedige momenten", 1, null, ["Wacht sinds 1 maart: een verhaal"]),
        ], "vervolg");

        var page = Assert.Single(pages);
        Assert.Equal(["Duo's (2)", "Moedige momenten (1)"], page.Select(b => b.Heading));
        Assert.Equal(["• met Ana", "• met Bo"], page[0].Lines);
        Assert.Equal(["• Wacht sinds 1 maart: een verhaal"], page[1].Lines);
    }

    [Fact]
    public void Pages_AKindRunningOnToTheNextPage_IsHeadedThereAgainAsContinued()
    {
        var lines = Enumerable.Range(1, 25).Select(i => $"reflectie {i}").ToList();

        var pages = PersonalDataExport.Pages([new PersonalDataSection("Reflecties", 25, null, lines)], "vervolg");

        Assert.Equal(2, pages.Count);
        Assert.Equal("Reflecties (25)", Assert.Single(pages[0]).Heading);
        Assert.Equal("Reflecties (25) (vervolg)", Assert.Single(pages[1]).Heading);
        Assert.Equal(lines.Select(l => "• " + l), pages.SelectMany(p => p).SelectMany(b => b.Lines));
    }
}
