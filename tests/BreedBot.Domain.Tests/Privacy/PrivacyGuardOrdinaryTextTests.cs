using BreedBot.Domain.Privacy;

namespace BreedBot.Domain.Tests.Privacy;

public class PrivacyGuardOrdinaryTextTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Veilig Thuis: 0800-2000, dag en nacht")]
    [InlineData("bel 0800 2000")]
    [InlineData("Bij direct gevaar: 112")]
    [InlineData("politie zonder spoed 0900-8844")]
    [InlineData("Ik zit in stap 2")]
    [InlineData("Het gezin heeft 3 kinderen")]
    [InlineData("In week 12 evalueer ik")]
    [InlineData("een jongen van 7")]
    [InlineData("Dochter (14) wil niet naar huis")]
    [InlineData("Op 12 maart bel ik de aandachtsfunctionaris")]
    [InlineData("Uiterlijk 3-4 voer ik het gesprek")]
    [InlineData("om 14.30 uur, daarna om 16:00")]
    [InlineData("Sinds 1 januari 2019 geldt de verbeterde meldcode")]
    [InlineData("Sinds 2020 is er 3 keer politie geweest")]
    [InlineData("In 2024 VT gebeld voor advies")]
    [InlineData("Ik ben onderweg 2 keer teruggegaan")]
    [InlineData("Mevrouw is bang voor haar ex")]
    [InlineData("Meneer wil geen hulp")]
    [InlineData("Samen met moeder Veilig Thuis gebeld")]
    [InlineData("Het jongste kind is net geboren. Op 12 maart bel ik")]
    [InlineData("De jongen is in 2016 geboren")]
    [InlineData("casus A, gezin blauw")]
    [InlineData("Een schuld van 12.500 euro")]
    [InlineData("Wmo 2015 art. 5.2.6")]
    [InlineData("Schooljaar 2024-2025, groep 8")]
    [InlineData("cliënt van 82 met dementie, dossier 3 keer doorgelezen")]
    [InlineData("ervaring 12 jaar")]
    public void Check_OrdinaryReflectiveText_IsAllowed(string? text)
    {
        var check = PrivacyGuard.Check(text);

        Assert.True(check.IsAllowed, string.Join(", ", check.Findings));
    }
}
