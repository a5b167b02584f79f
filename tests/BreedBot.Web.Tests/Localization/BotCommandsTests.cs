using BreedBot.Web.Localization;

namespace BreedBot.Web.Tests.Localization;

public sealed class BotCommandsTests
{
    [Theory]
    [InlineData("help")]
    [InlineData("hulp")]
    [InlineData("?")]
    [InlineData("  HELP ")]
    [InlineData("Hulp\n")]
    public void IsHelp_HelpWord_True(string text)
    {
        Assert.True(BotCommands.IsHelp(text));
    }

    [Theory]
    [InlineData("helpen")]
    [InlineData("help me")]
    [InlineData("??")]
    [InlineData("")]
    [InlineData(null)]
    public void IsHelp_OtherText_False(string? text)
    {
        Assert.False(BotCommands.IsHelp(text));
    }
}
