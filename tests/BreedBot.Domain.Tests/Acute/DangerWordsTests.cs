using BreedBot.Domain.Acute;
using BreedBot.Domain.Commands;

namespace BreedBot.Domain.Tests.Acute;

public class DangerWordsTests
{
    [Theory]
    // The issue's own examples
    [InlineData("ik denk dat ze nu in gevaar is")]
    [InlineData("hij dreigt haar iets aan te doen")]
    [InlineData("hij heeft een mes")]
    [InlineData("ze werd gewurgd")]
    [InlineData("ik ben bang dat hij hem slaat")]
    [InlineData("the child is not safe at home")]
    // More Dutch
    [InlineData("Het kind is niet veilig thuis.")]
    [InlineData("ik voel me er niet meer veilig")]
    [InlineData("Hij heeft een vuurwapen in huis")]
    [InlineData("moeder is doodsbang")]
    [InlineData("er is sprake van verwurging")]
    [InlineData("vader heeft gedreigd de kinderen mee te nemen")]
    [InlineData("ze heeft het over zelfmoord")]
    [InlineData("hij heeft over suïcide gesproken")]
    [InlineData("de zoon mishandelt zijn moeder")]
    [InlineData("ze is gisteren verkracht")]
    [InlineData("het meisje bloedt")]
    [InlineData("ze is met de kinderen gevlucht")]
    [InlineData("hij schopte de hond en toen haar")]
    [InlineData("ze heeft een pak slaag gekregen")]
    [InlineData("hij heeft haar pijn gedaan")]
    [InlineData("moet ik de politie bellen?")]
    [InlineData("ik heb spoed overleg nodig")]
    [InlineData("het is een noodgeval")]
    [InlineData("hij wil haar doodmaken")]
    [InlineData("Het kind is gewond")]
    [InlineData("er is huiselijk geweld")]
    [InlineData("hij stalkt haar al maanden")]
    // More English
    [InlineData("I think she is in danger right now")]
    [InlineData("he threatened to kill her")]
    [InlineData("He has a KNIFE")]
    [InlineData("she was strangled last night")]
    [InlineData("I'm afraid he hits the boy")]
    [InlineData("the kid doesn't feel safe")]
    [InlineData("he beats his wife")]
    [InlineData("she's been abused")]
    [InlineData("he was stabbed")]
    [InlineData("he wants to hurt her")]
    [InlineData("this is an emergency")]
    public void SpeakOfDanger_SentenceAboutDanger_IsTrue(string text)
    {
        Assert.True(DangerWords.SpeakOfDanger(text), text);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("help")]
    [InlineData("doe mee")]
    [InlineData("dank je")]
    [InlineData("dank je wel!")]
    [InlineData("bedankt")]
    [InlineData("hoi")]
    [InlineData("goedemorgen")]
    [InlineData("thanks")]
    [InlineData("thank you so much")]
    [InlineData("hello")]
    [InlineData("ok")]
    [InlineData("hoe werkt dit?")]
    [InlineData("wat kan BreedBot?")]
    [InlineData("wanneer is mijn duo-moment?")]
    [InlineData("ik ben volgende week op vakantie")]
    [InlineData("mijn partner kan dinsdag niet")]
    [InlineData("is het veilig om hier te schrijven?")]
    [InlineData("de situatie is stabiel")]
    [InlineData("ze is geslaagd voor haar examen")]
    [InlineData("hij slaagt er wel in")]
    [InlineData("ik heb pijn in mijn rug")]
    [InlineData("zo snel mogelijk graag")]
    [InlineData("het is noodzakelijk dat we praten")]
    [InlineData("blauwe olifant")]
    [InlineData("paarse giraf")]
    [InlineData("can I change my moment?")]
    [InlineData("I have a new skill")]
    [InlineData("I'd like a grape")]
    public void SpeakOfDanger_CommandsAndSmallTalk_IsFalse(string? text)
    {
        Assert.False(DangerWords.SpeakOfDanger(text), text);
    }

    [Fact]
    public void SpeakOfDanger_EveryCommandWordButTheAcuteOnes_IsFalse()
    {
        var words = Enum.GetValues<BotCommand>()
            .Where(c => c is not (BotCommand.Unknown or BotCommand.Acute))
            .SelectMany(CommandParser.WordsFor);

        Assert.All(words, word => Assert.False(DangerWords.SpeakOfDanger(word), word));
    }

    [Fact]
    public void SpeakOfDanger_EveryAcuteCommandWord_IsTrue()
    {
        Assert.All(CommandParser.WordsFor(BotCommand.Acute), word => Assert.True(DangerWords.SpeakOfDanger(word), word));
    }
}
