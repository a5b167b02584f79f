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
        Assert.Equal(BotCommand.Help, CommandParser.Parse(text).Command);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("hallo")]
    [InlineData("help me met casus A")]
    [InlineData("??")]
    [InlineData("stop met roken")]
    [InlineData("doe")]
    public void Parse_AnythingElse_ReturnsUnknown(string? text)
    {
        Assert.Equal(BotCommand.Unknown, CommandParser.Parse(text).Command);
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
            Assert.All(CommandParser.WordsFor(command), word => Assert.Equal(command, CommandParser.Parse(word).Command));
        }
    }

    [Theory]
    [InlineData("doe mee", BotCommand.Join)]
    [InlineData("Doe  mee!", BotCommand.Join)]
    [InlineData("join", BotCommand.Join)]
    [InlineData("profiel", BotCommand.Profile)]
    [InlineData("Profile", BotCommand.Profile)]
    [InlineData("stop", BotCommand.Stop)]
    [InlineData("pauze", BotCommand.Pause)]
    [InlineData("Status", BotCommand.Status)]
    [InlineData("koppel duo's", BotCommand.PairDuos)]
    [InlineData("Koppel duo\u2019s", BotCommand.PairDuos)]
    [InlineData("pair duos", BotCommand.PairDuos)]
    [InlineData("duo", BotCommand.MyDuo)]
    [InlineData("duo-moment", BotCommand.DuoMoment)]
    [InlineData("Duo moment", BotCommand.DuoMoment)]
    [InlineData("duo talk", BotCommand.DuoMoment)]
    [InlineData("korte reflectie", BotCommand.QuickReflection)]
    [InlineData("Quick reflection!", BotCommand.QuickReflection)]
    [InlineData("Instellingen", BotCommand.Settings)]
    [InlineData("settings", BotCommand.Settings)]
    public void Parse_CommandWords_ReturnTheirCommand(string text, BotCommand expected)
    {
        Assert.Equal(expected, CommandParser.Parse(text).Command);
    }

    [Theory]
    [InlineData("acuut")]
    [InlineData("Acuut!")]
    [InlineData("SPOED")]
    [InlineData("nood")]
    [InlineData("Noodgeval")]
    [InlineData("112")]
    [InlineData("gevaar")]
    [InlineData("acuut gevaar")]
    [InlineData("acute")]
    [InlineData("Emergency!")]
    [InlineData("danger")]
    [InlineData(" /acuut ")]
    public void Parse_AcuteWordInAnyCase_ReturnsAcute(string text)
    {
        Assert.Equal(BotCommand.Acute, CommandParser.Parse(text).Command);
    }

    [Theory]
    [InlineData("pauze tot 12-03-2027", "12-03-2027")]
    [InlineData("Pauze 1-4", "1-4")]
    [InlineData("pause until 2027-03-12", "2027-03-12")]
    public void Parse_PauseWithDate_KeepsTheDateAsArgument(string text, string argument)
    {
        var parsed = CommandParser.Parse(text);

        Assert.Equal(BotCommand.Pause, parsed.Command);
        Assert.Equal(argument, parsed.Argument);
    }
}
