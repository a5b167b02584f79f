using BreedBot.Web.Localization;

namespace BreedBot.Web.Tests.Localization;

public sealed class UserLanguagesTests
{
    [Theory]
    [InlineData("en-US")]
    [InlineData("en-GB")]
    [InlineData("EN-us")]
    [InlineData("en")]
    public void FromLocale_English_ReturnsEnglish(string locale)
    {
        Assert.Equal(UserLanguage.English, UserLanguages.FromLocale(locale));
    }

    [Theory]
    [InlineData("nl-NL")]
    [InlineData("nl-BE")]
    [InlineData("de-DE")]
    [InlineData("fr")]
    [InlineData("")]
    [InlineData(null)]
    public void FromLocale_NotEnglish_ReturnsDutch(string? locale)
    {
        Assert.Equal(UserLanguage.Dutch, UserLanguages.FromLocale(locale));
    }
}
