using BreedBot.Domain.CourageStories;
using BreedBot.Domain.Privacy;
using BreedBot.Domain.TeamWeeks;

namespace BreedBot.Domain.Tests.CourageStories;

public class CourageStoryTests
{
    private static readonly IsoWeek Week = new(2027, 7);
    private static readonly DateTimeOffset Monday = new(2027, 2, 15, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(null, CourageStoryProblem.Empty)]
    [InlineData("   \n ", CourageStoryProblem.Empty)]
    [InlineData("Ik belde mevrouw Jansen op 06-12345678 terug.", CourageStoryProblem.Identifying)]
    [InlineData("\u200B\u2800\u200B", CourageStoryProblem.Empty)] // zero-width spaces and a braille blank
    [InlineData("\0\u00AD\u2060", CourageStoryProblem.Empty)] // NUL, soft hyphen, word joiner
    [InlineData("Ik belde mevrouw \u202EnesnaJ\u202C terug.", CourageStoryProblem.Identifying)] // shows "mevrouw Jansen"
    [InlineData("Ik sprak de auto met kenteken 12-ABC-3 aan.", CourageStoryProblem.Identifying)]
    public void Check_NotAllowed_SaysWhy(string? typed, CourageStoryProblem problem)
    {
        var check = CourageStoryText.Check(typed);

        Assert.False(check.IsAllowed);
        Assert.Equal(problem, check.Problem);
    }

    [Fact]
    public void Check_OneCharacterOverTheLimit_TooLong()
    {
        Assert.True(CourageStoryText.Check(new string('a', FreeTextLimits.Text)).IsAllowed);
        Assert.Equal(CourageStoryProblem.TooLong, CourageStoryText.Check(new string('a', FreeTextLimits.Text + 1)).Problem);
    }

    [Fact]
    public void Check_HiddenCharacters_AreNotInTheTextThatIsShown()
    {
        var check = CourageStoryText.Check("Ik durfde\u200B het te\u2060 zeggen.\u202E");

        Assert.True(check.IsAllowed);
        Assert.Equal("Ik durfde het te zeggen.", check.Text);
    }

    [Fact]
    public void Check_FiveHundredEmoji_AreFiveHundredCharacters()
    {
        var story = string.Concat(Enumerable.Repeat("💪", FreeTextLimits.Text));

        Assert.True(CourageStoryText.Check(story).IsAllowed);
        Assert.Equal(CourageStoryProblem.TooLong, CourageStoryText.Check(story + "💪").Problem);
    }

    [Fact]
    public void Check_Allowed_TheTrimmedTextIsWhatIsShown()
    {
        var check = CourageStoryText.Check("  Ik sprak mijn twijfel uit in het overleg.  ");

        Assert.True(check.IsAllowed);
        Assert.Equal("Ik sprak mijn twijfel uit in het overleg.", check.Text);
    }

    [Fact]
    public void Pick_FiveWaiting_TakesTheThreeOldest()
    {
        var stories = Enumerable.Range(0, 5).Select(i => Story($"s{i}", Monday.AddHours(-i))).ToList();

        var pick = CourageStoryPick.For(stories, Week);

        Assert.Empty(pick.Shown);
        Assert.Equal(["s4", "s3", "s2"], pick.ToTake.Select(s => s.Id));
        Assert.Empty(pick.Done);
    }

    [Fact]
    public void Pick_AlreadyTakenForThisWeek_ShowsTheSameAndTakesNoMore()
    {
        var taken = Story("s1", Monday) with { AuthorKey = null, PostedWeek = Week };
        var pick = CourageStoryPick.For([taken, Story("s2", Monday.AddHours(1))], Week);

        Assert.Equal([taken], pick.Shown);
        Assert.Empty(pick.ToTake);
    }

    [Fact]
    public void Pick_ShownInAnEarlierWeek_IsDoneAndNotShownAgain()
    {
        var old = Story("s0", Monday.AddDays(-10)) with { AuthorKey = null, PostedWeek = new IsoWeek(2027, 6) };

        var pick = CourageStoryPick.For([old], Week);

        Assert.Equal([old], pick.Done);
        Assert.Empty(pick.Shown);
        Assert.Empty(pick.ToTake);
    }

    private static CourageStory Story(string id, DateTimeOffset at) => new("t", "team", id, "tekst " + id, "aad-" + id, at);
}
