using BreedBot.Domain.Privacy;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Tests.Localization;

public sealed class PrivacyTextsTests
{
    [Fact]
    public void Explain_Allowed_IsEmpty()
    {
        Assert.Equal(string.Empty, PrivacyTexts.Explain(PrivacyCheck.Allowed, UserLanguage.Dutch));
    }

    [Theory]
    [InlineData(UserLanguage.Dutch)]
    [InlineData(UserLanguage.English)]
    public void Explain_EveryKind_HasItsOwnShortTagFreeText(UserLanguage language)
    {
        var texts = Enum.GetValues<PrivacyFindingKind>()
            .Select(kind => PrivacyTexts.Explain(new PrivacyCheck([kind]), language))
            .ToList();

        Assert.Equal(texts.Count, texts.Distinct().Count());
        Assert.All(texts, text =>
        {
            Assert.True(text.Length <= 260, text);
            Assert.DoesNotContain("<", text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Explain_RealRefusal_NamesTheKindsButNotTheText()
    {
        var check = PrivacyGuard.Check("Moeder Fatima belt vanaf 06-12345678");

        var dutch = PrivacyTexts.Explain(check, UserLanguage.Dutch);
        var english = PrivacyTexts.Explain(check, UserLanguage.English);

        Assert.Contains("een telefoonnummer en een naam", dutch, StringComparison.Ordinal);
        Assert.Contains("a phone number and a name", english, StringComparison.Ordinal);
        Assert.DoesNotContain("12345678", dutch, StringComparison.Ordinal);
        Assert.Contains("Je tekst staat er nog", dutch, StringComparison.Ordinal);
    }

    [Fact]
    public void TooLong_SaysTheLimit()
    {
        Assert.Contains("40", PrivacyTexts.TooLong(FreeTextLimits.Label, UserLanguage.Dutch), StringComparison.Ordinal);
        Assert.Contains("500", PrivacyTexts.TooLong(FreeTextLimits.Text, UserLanguage.English), StringComparison.Ordinal);
    }
}
