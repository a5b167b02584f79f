using BreedBot.Domain.Commands;
using BreedBot.Web.Localization;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Tests.Turn;

public sealed class TurnTextsTests
{
    public static TheoryData<UserLanguage> Languages() => [UserLanguage.Dutch, UserLanguage.English];

    [Theory]
    [MemberData(nameof(Languages))]
    public void For_Language_EveryTextShortAndPointsToHelp(UserLanguage language)
    {
        var texts = TurnTexts.For(language);

        Assert.All([texts.UnknownCommand, texts.TryAgainLater, texts.UnknownAction], text =>
        {
            Assert.False(string.IsNullOrWhiteSpace(text));
            Assert.True(text.Length <= 160, $"Too long for a chat reply: {text}");
        });
        Assert.Contains("'help'", texts.UnknownCommand, StringComparison.Ordinal);
        Assert.Contains("'help'", texts.UnknownAction, StringComparison.Ordinal);
    }

    [Fact]
    public void For_Dutch_AddressesTheUserAsJe()
    {
        var texts = TurnTexts.For(UserLanguage.Dutch);

        Assert.All([texts.UnknownCommand, texts.UnknownAction], text => Assert.Contains(" je ", text, StringComparison.Ordinal));
        Assert.DoesNotContain(" u ", texts.TryAgainLater, StringComparison.Ordinal);
    }

    [Fact]
    public void For_Languages_Differ()
    {
        Assert.NotEqual(TurnTexts.For(UserLanguage.Dutch).TryAgainLater, TurnTexts.For(UserLanguage.English).TryAgainLater);
        Assert.NotEqual(TurnTexts.For(UserLanguage.Dutch).UnknownCommand, TurnTexts.For(UserLanguage.English).UnknownCommand);
    }

    [Theory]
    [InlineData(BotCommand.PairDuos, "koppel duo's", "pair duos")]
    [InlineData(BotCommand.Rotation, "rotatie", "rotation")]
    [InlineData(BotCommand.Summary, "overzicht", "summary")]
    [InlineData(BotCommand.Settings, "instellingen", "settings")]
    [InlineData(BotCommand.Status, "status", "status")]
    public void OnlyInChannel_EachChannelCommand_SpeaksOfWhatWasAsked(BotCommand command, string dutch, string english)
    {
        Assert.Contains($"'@BreedBot {dutch}", TurnTexts.For(UserLanguage.Dutch).OnlyInChannel(command), StringComparison.Ordinal);
        Assert.Contains($"'@BreedBot {english}", TurnTexts.For(UserLanguage.English).OnlyInChannel(command), StringComparison.Ordinal);
        if (command != BotCommand.PairDuos)
        {
            Assert.DoesNotContain("koppel", TurnTexts.For(UserLanguage.Dutch).OnlyInChannel(command), StringComparison.OrdinalIgnoreCase);
        }
    }
}
