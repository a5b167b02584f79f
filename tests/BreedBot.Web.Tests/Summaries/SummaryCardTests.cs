using BreedBot.Web.Summaries;
using BreedBot.Web.Localization;
using BreedBot.Web.Tests.Cards;

namespace BreedBot.Web.Tests.Summaries;

/// <summary>The weekly summary reads as appreciation of what the team did, not as a scoreboard.</summary>
public sealed class SummaryCardTests
{
    [Theory]
    [InlineData(UserLanguage.Dutch, "Drie keer zette een collega een moedige stap.", "14 collega's deden mee.", "Wie elkaar sprak, vond het gesprek waardevol.")]
    [InlineData(UserLanguage.English, "Three times a colleague took a courageous step.", "14 colleagues took part.", "Those who met found their talk valuable.")]
    public void Render_BusyWeek_SaysWhatTheTeamDidWithoutAScoreboard(UserLanguage language, string steps, string participants, string useful)
    {
        var (summary, tip, _) = CardCases.SummaryVariants[0];

        var text = CardText.AllText(SummaryCard.Render(language, summary, tip, []).Content);

        Assert.Contains(steps, text);
        Assert.Contains(participants, text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(useful, text);
        // No average to one decimal, no "of planned", no comparison with earlier weeks, no counts per category.
        Assert.DoesNotContain("4,2", text);
        Assert.DoesNotContain("4.2", text);
        Assert.DoesNotContain("11", text);
        Assert.DoesNotContain("weken ervoor", text);
        Assert.DoesNotContain("weeks before", text);
        Assert.DoesNotMatch(@"\(\d+\)", text);
    }

    [Fact]
    public void Render_QuietWeek_NoNumbersOnlyAKindSentence()
    {
        var (summary, tip, _) = CardCases.SummaryVariants[1];

        var text = CardText.AllText(SummaryCard.Render(UserLanguage.Dutch, summary, tip, []).Content);

        // Fewer than three took part: not even the duo moments, which would tell a team of two who missed theirs.
        Assert.DoesNotContain("spraken elkaar", text);
        Assert.DoesNotContain("collega's deden mee", text);
        Assert.Contains("Deze week deden minder dan 3 mensen mee", text);
    }

    [Theory]
    [InlineData(UserLanguage.Dutch, "Drie collega's deelden een moedig moment voor dit overzicht. Dank jullie wel: zo leren we van elkaars moed.")]
    [InlineData(UserLanguage.English, "Three colleagues shared a brave moment for this summary. Thank you all: this is how we learn from each other's courage.")]
    public void Render_ThreeStories_SaysHowManyWaitedAndThanksTheTellersTogether(UserLanguage language, string thanks)
    {
        var (summary, tip, _) = CardCases.SummaryVariants[0];

        var text = CardText.AllText(SummaryCard.Render(language, summary, tip, ["Een", "Twee", "Drie"]).Content);

        Assert.Contains(thanks, text);
    }

    [Theory]
    [InlineData(UserLanguage.Dutch, "Dank aan wie een moedig moment deelde: zo leren we van elkaars moed.", "Twee collega's")]
    [InlineData(UserLanguage.English, "Thank you to whoever shared a brave moment: this is how we learn from each other's courage.", "Two colleagues")]
    public void Render_FewerThanThreeStories_ThanksWithoutANumber(UserLanguage language, string thanks, string number)
    {
        var (summary, tip, _) = CardCases.SummaryVariants[0];

        var text = CardText.AllText(SummaryCard.Render(language, summary, tip, ["Een", "Twee"]).Content);

        Assert.Contains(thanks, text);
        Assert.DoesNotContain(number, text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Render_NoStories_NoThanks()
    {
        var (summary, tip, _) = CardCases.SummaryVariants[0];

        var text = CardText.AllText(SummaryCard.Render(UserLanguage.Dutch, summary, tip, []).Content);

        Assert.DoesNotContain("moedig moment deelde", text);
        Assert.DoesNotContain("elkaars moed", text);
    }
}
