using BreedBot.Web.Installation;
using BreedBot.Web.Localization;
using BreedBot.Web.Tests.Cards;

namespace BreedBot.Web.Tests.Installation;

public sealed class WelcomeCardTests
{
    public static TheoryData<UserLanguage, string> Titles() => new()
    {
        { UserLanguage.Dutch, "Welkom bij BreedBot" },
        { UserLanguage.English, "Welcome to BreedBot" },
    };

    [Theory]
    [MemberData(nameof(Titles))]
    public void WelcomeTeamCard_Render_ShowsTitleAndSafetyLine(UserLanguage language, string title)
    {
        var card = WelcomeTeamCard.Render(language);

        Assert.Equal(title, CardText.FirstText(card.Content));
        Assert.Contains("0800\u20112000", CardText.AllText(card.Content));
        Assert.Contains("112", CardText.AllText(card.Content));
    }

    [Theory]
    [InlineData(UserLanguage.Dutch, "Alex", "Hoi Alex!")]
    [InlineData(UserLanguage.English, "Alex", "Hi Alex!")]
    [InlineData(UserLanguage.Dutch, "  Alex  ", "Hoi Alex!")]
    [InlineData(UserLanguage.Dutch, null, "Hoi!")]
    [InlineData(UserLanguage.English, "   ", "Hi!")]
    [InlineData(UserLanguage.Dutch, "\"}{\" ${firstName}", "Hoi \"}{\" ${firstName}!")]
    public void WelcomePersonalCard_Render_GreetsByFirstNameWhenGiven(UserLanguage language, string? firstName, string greeting)
    {
        var card = WelcomePersonalCard.Render(language, firstName);

        Assert.Equal(greeting, CardText.FirstText(card.Content));
    }
}
