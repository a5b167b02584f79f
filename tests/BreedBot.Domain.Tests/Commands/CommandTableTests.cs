using BreedBot.Domain.Commands;

namespace BreedBot.Domain.Tests.Commands;

public sealed class CommandTableTests
{
    [Fact]
    public void All_EveryCommand_HasExactlyOneRow()
    {
        Assert.Equal(
            Enum.GetValues<BotCommand>().Where(c => c != BotCommand.Unknown).Order(),
            CommandTable.All.Select(spec => spec.Command).Order());
    }

    [Fact]
    public void All_NoWordBelongsToTwoCommands()
    {
        var words = CommandTable.All.SelectMany(spec => spec.LeadWords.Concat(spec.Words).Select(word => (word, spec.Command))).ToList();

        Assert.Equal(words.Count, words.Select(w => w.word).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void All_EveryWordAndLeadWord_ParsesBackToItsCommand()
    {
        Assert.All(CommandTable.All, spec =>
            Assert.All(spec.LeadWords.Concat(spec.Words), word => Assert.Equal(spec.Command, CommandParser.Parse(word).Command)));
    }

    [Fact]
    public void All_ChannelCommands_SayWhereToAskThemAndOnlyThey()
    {
        Assert.All(CommandTable.All, spec => Assert.Equal(spec.Place == CommandPlace.Channel, spec.WhereToAsk is not null));
    }

    [Fact]
    public void All_OwnersOnlyCommands_AreAnsweredInTheChannelOnly()
    {
        Assert.All(CommandTable.All.Where(spec => spec.OwnersOnly), spec => Assert.Equal(CommandPlace.Channel, spec.Place));
    }

    [Fact]
    public void All_LeadWords_OnlyForCommandsThatTakeAnArgument()
    {
        Assert.All(CommandTable.All.Where(spec => spec.LeadWords.Count > 0), spec => Assert.True(spec.TakesArgument, spec.Command.ToString()));
    }

    [Theory]
    [InlineData("rotatie 6", BotCommand.Rotation, "6")]
    [InlineData("pauze tot", BotCommand.Pause, "")]
    [InlineData("help me", BotCommand.Unknown, "")]
    public void Parse_ArgumentOnlyWhereTheTableAllowsOne(string text, BotCommand command, string argument)
    {
        Assert.Equal(new ParsedCommand(command, argument), CommandParser.Parse(text));
    }

    [Fact]
    public void All_TeamMenu_EveryCommandAnsweredInTheChannelHasAMenuTitle()
    {
        Assert.All(CommandTable.All.Where(spec => spec.InChannel), spec => Assert.NotNull(spec.MenuTitle));
    }
}
