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
}
