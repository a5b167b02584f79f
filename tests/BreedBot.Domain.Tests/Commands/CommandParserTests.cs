using BreedBot.Domain.Commands;

namespace BreedBot.Domain.Tests.Commands;

public class CommandParserTests
{
    [Theory]
    [InlineData("help")]
    [InlineData("hulp")]
    [InlineData("?")]
    [InlineData("Help!")]
    [InlineData("  HULP  ")]
    [InlineData("/help")]
    [InlineData("hulp?")]
    public void Parse_HelpWordInAnyForm_ReturnsHelp(string text)
    {
        Assert.Equal(BotCommand.Help, CommandParser.Parse(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("hallo")]
    [InlineData("help me met casus A")]
    [InlineData("??")]
    public void Parse_AnythingElse_ReturnsUnknown(string? text)
    {
        Assert.Equal(BotCommand.Unknown, CommandParser.Parse(text));
    }

    [Fact]
    public void WordsFor_Help_ListsDutchEnglishAndQuestionMark()
    {
        Assert.Equal(["help", "hulp", "?"], CommandParser.WordsFor(BotCommand.Help));
    }

    [Fact]
    public void WordsFor_EveryListedWord_ParsesBackToItsCommand()
    {
        foreach (var command in Enum.GetValues<BotCommand>().Where(c => c != BotCommand.Unknown))
        {
            Assert.All(CommandParser.WordsFor(command), word => Assert.Equal(command, CommandParser.Parse(word)));
        }
    }
}
