using BreedBot.Domain.Privacy;

namespace BreedBot.Domain.Tests.Privacy;

/// <summary>Text that hides from the check: the guard sees what a reader sees.</summary>
public sealed class PrivacyGuardHiddenTextTests
{
    [Theory]
    [InlineData("mevrouw \u202Enesnaj\u202C wil niet praten")] // shows "mevrouw jansen wil niet praten"
    [InlineData("Ik sprak mevrouw \u202EnesnaJ")] // shows "mevrouw Jansen": the override runs to the end of the line
    [InlineData("Toen \u202EamitaF\u202C binnenkwam")] // shows "Toen Fatima binnenkwam"
    public void Check_RightToLeftOverride_IsCheckedAsDisplayed(string text)
    {
        // In stored order the name is nonsense; as the card shows it, it is a name.
        Assert.True(PrivacyGuard.Check(FreeText.Clean(text)).IsAllowed);
        Assert.Contains(PrivacyFindingKind.PersonName, PrivacyGuard.Check(text).Findings);
    }

    [Theory]
    [InlineData("mevrouw Jan\u200Bsen")] // zero-width space
    [InlineData("mevrouw Jan\u2060sen")] // word joiner
    [InlineData("mevrouw Jan\u00ADsen")] // soft hyphen
    [InlineData("mevrouw Jan\u200Dsen")] // zero-width joiner
    [InlineData("mevrouw Jan\0sen")] // NUL
    [InlineData("Toen Fa\u2060ti\u00ADma binnenkwam")]
    public void Check_InvisibleCharactersInsideAName_AreFound(string text) =>
        Assert.Contains(PrivacyFindingKind.PersonName, PrivacyGuard.Check(text).Findings);

    [Fact]
    public void Check_RightToLeftOverrideOnAPhoneNumber_IsFound() =>
        Assert.Contains(PrivacyFindingKind.PhoneNumber, PrivacyGuard.Check("bel \u202E87654321-60\u202C vanavond").Findings);

    [Fact]
    public void AsDisplayed_RightToLeftOverride_ReversesItsRunOnly() =>
        Assert.Equal("mevrouw Jansen, bel", PrivacyText.AsDisplayed("mevrouw \u202EnesnaJ\u202C, bel"));
}
