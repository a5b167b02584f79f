using BreedBot.Web.Privacy;

namespace BreedBot.Web.Tests.Privacy;

/// <summary>The export's words count right: no "bericht(en)", no "(1 van 1)".</summary>
public sealed class MyDataExportWordsTests
{
    [Theory]
    [InlineData(0, false, "Er is niets over je bewaard, dus er is niets verstuurd.")]
    [InlineData(1, false, "Hieronder verstuurd in 1 bericht.")]
    [InlineData(3, false, "Hieronder verstuurd in 3 berichten.")]
    [InlineData(0, true, "Nothing about you is kept, so nothing was sent.")]
    [InlineData(1, true, "Sent below in 1 message.")]
    [InlineData(2, true, "Sent below in 2 messages.")]
    public void SentNote_PageCount_SingularOrPlural(int pages, bool english, string expected)
    {
        Assert.Equal(expected, MyDataCommands.SentNote(pages, english));
    }

    [Theory]
    [InlineData(0, 1, false, "Je gegevens")]
    [InlineData(1, 3, false, "Je gegevens (2 van 3)")]
    [InlineData(0, 1, true, "Your data")]
    [InlineData(2, 3, true, "Your data (3 of 3)")]
    public void PageTitle_OneOrSeveralPages_NumberedOnlyWhenSeveral(int index, int pages, bool english, string expected)
    {
        Assert.Equal(expected, MyDataCommands.PageTitle(index, pages, english));
    }
}
