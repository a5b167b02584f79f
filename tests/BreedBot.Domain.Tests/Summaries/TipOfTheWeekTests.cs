using BreedBot.Domain.Summaries;
using BreedBot.Domain.TeamWeeks;

namespace BreedBot.Domain.Tests.Summaries;

public class TipOfTheWeekTests
{
    [Fact]
    public void All_Tips_AtLeastTwentyWithBothLanguagesAndASource()
    {
        Assert.True(KnowledgeTips.All.Count >= 20);
        Assert.Equal(KnowledgeTips.All.Count, KnowledgeTips.All.Select(t => t.Id).Distinct().Count());
        Assert.All(KnowledgeTips.All, t =>
        {
            Assert.False(string.IsNullOrWhiteSpace(t.Dutch));
            Assert.False(string.IsNullOrWhiteSpace(t.English));
            Assert.NotEqual(t.Dutch, t.English);
            Assert.False(string.IsNullOrWhiteSpace(t.SourceName));
            Assert.Equal("https", t.Source.Scheme);
            Assert.DoesNotContain('<', t.Dutch + t.English); // card renderers drop tag-like text
        });
        Assert.All(Enum.GetValues<TipTopic>(), topic => Assert.Contains(KnowledgeTips.All, t => t.Topic == topic));
    }

    [Theory]
    [InlineData("tenant-a|19:one@thread.tacv2")]
    [InlineData("tenant-b|19:two@thread.tacv2")]
    [InlineData("x")]
    public void Choose_AnyTenWeeksInARow_NoTipTwice(string team)
    {
        var start = new IsoWeek(2026, 40);
        var tips = Enumerable.Range(0, 120).Select(i => TipOfTheWeek.Choose(team, start.AddWeeks(i)).Id).ToList();

        for (var i = 0; i + 10 <= tips.Count; i++)
        {
            Assert.Equal(10, tips.Skip(i).Take(10).Distinct().Count());
        }
    }

    [Fact]
    public void Choose_SameTeamAndWeek_SameTip()
    {
        var week = new IsoWeek(2027, 7);

        Assert.Equal(TipOfTheWeek.Choose("t|a", week), TipOfTheWeek.Choose("t|a", week));
    }

    [Fact]
    public void Choose_DifferentTeams_DifferentOrders()
    {
        var start = new IsoWeek(2027, 1);
        var a = Enumerable.Range(0, 10).Select(i => TipOfTheWeek.Choose("t|a", start.AddWeeks(i)).Id);
        var b = Enumerable.Range(0, 10).Select(i => TipOfTheWeek.Choose("t|b", start.AddWeeks(i)).Id);

        Assert.NotEqual(a, b);
    }
}
