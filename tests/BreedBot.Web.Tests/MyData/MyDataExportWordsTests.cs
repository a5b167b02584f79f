using BreedBot.Web.Localization;
using BreedBot.Web.MyData;

namespace BreedBot.Web.Tests.MyData;

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
    public void ExportSent_PageCount_SingularOrPlural(int pages, bool english, string expected)
    {
        Assert.Equal(expected, MyDataTexts.For(english ? UserLanguage.English : UserLanguage.Dutch).ExportSent(pages));
    }

    [Theory]
    [InlineData(1, 1, false, "Je gegevens")]
    [InlineData(2, 3, false, "Je gegevens (2 van 3)")]
    [InlineData(1, 1, true, "Your data")]
    [InlineData(3, 3, true, "Your data (3 of 3)")]
    public void ExportPage_OneOrSeveralPages_NumberedOnlyWhenSeveral(int page, int pages, bool english, string expected)
    {
        Assert.Equal(expected, MyDataTexts.For(english ? UserLanguage.English : UserLanguage.Dutch).ExportPage(page, pages));
    }

    [Theory]
    [InlineData(1, false, "Van 1 bericht dat BreedBot je stuurde: of het is aangekomen (niet wat erin stond).")]
    [InlineData(4, false, "Van 4 berichten die BreedBot je stuurde: of ze zijn aangekomen (niet wat erin stond).")]
    [InlineData(1, true, "For 1 message BreedBot sent you: whether it arrived (not what it said).")]
    [InlineData(4, true, "For 4 messages BreedBot sent you: whether they arrived (not what they said).")]
    public void Deliveries_Count_SingularOrPlural(int count, bool english, string expected)
    {
        Assert.Equal(expected, MyDataTexts.For(english ? UserLanguage.English : UserLanguage.Dutch).Deliveries(count));
    }
}
