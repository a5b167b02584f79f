using BreedBot.Domain.Privacy;

namespace BreedBot.Domain.Tests.Privacy;

public class PrivacyGuardTests
{
    [Theory]
    [InlineData("bsn 908301662")]
    [InlineData("het nummer is 131.860.914")]
    [InlineData("390 996 038")]
    [InlineData("518 19 09 36")]
    [InlineData("711-471-046")]
    [InlineData("BSN: 12345678")] // fails the elfproef, but the keyword says what it is
    public void Check_Bsn_IsRefused(string text) => AssertRefused(text, PrivacyFindingKind.Bsn);

    [Theory]
    [InlineData("908301663")] // last digit changed: fails the elfproef
    [InlineData("000000000")]
    [InlineData("9083016620")] // ten digits
    public void Check_NineDigitsFailingElfproef_IsNotABsn(string text) => AssertNotFound(text, PrivacyFindingKind.Bsn);

    [Theory]
    [InlineData("06-12345678")]
    [InlineData("0612345678")]
    [InlineData("06 12 34 56 78")]
    [InlineData("06 - 44 55 66 77")]
    [InlineData("+31 6 87654321")]
    [InlineData("+31 (0)6 1122 3344")]
    [InlineData("0031 6 19283746")]
    [InlineData("020-6241234")]
    [InlineData("(020) 123 45 67")]
    [InlineData("010 4123456")]
    [InlineData("0513-412345")]
    [InlineData("+32 470 12 34 56")]
    public void Check_PhoneNumber_IsRefused(string text) => AssertRefused(text, PrivacyFindingKind.PhoneNumber);

    [Theory]
    [InlineData("j.jansen@gmail.com")]
    [InlineData("Kim_Bakker@yahoo.com")]
    [InlineData("mail: Y.Bouzid@Gmail.com.")]
    public void Check_EmailAddress_IsRefused(string text) => AssertRefused(text, PrivacyFindingKind.EmailAddress);

    [Theory]
    [InlineData("NL91ABNA0417164300")]
    [InlineData("NL91 ABNA 0417 1643 00")]
    [InlineData("nl93trio1760313721")]
    [InlineData("DE89 3704 0044 0532 0130 00")]
    public void Check_Iban_IsRefused(string text) => AssertRefused(text, PrivacyFindingKind.Iban);

    [Fact]
    public void Check_ForeignShapeFailingMod97_IsNotAnIban() => AssertNotFound("DE89 3704 0044 0532 0130 01", PrivacyFindingKind.Iban);

    [Theory]
    [InlineData("1234 AB 12")]
    [InlineData("3511LK 23")]
    [InlineData("woont in 1017 DD")]
    [InlineData("9712 CP, nummer 45")]
    public void Check_Postcode_IsRefused(string text) => AssertRefused(text, PrivacyFindingKind.Postcode);

    [Theory]
    [InlineData("Kerkstraat 12")]
    [InlineData("op de Lange Nieuwstraat 4a")]
    [InlineData("Burgemeester de Vlugtlaan 45-II")]
    [InlineData("Oude Kade 5")]
    [InlineData("kalverstraat nr. 92")]
    public void Check_StreetAndHouseNumber_IsRefused(string text) => AssertRefused(text, PrivacyFindingKind.StreetAddress);

    [Theory]
    [InlineData("geboren 3-4-2015")]
    [InlineData("geb. 12 maart 2016")]
    [InlineData("Geboortedatum: 01-02-1988")]
    [InlineData("is op 14 juli 2012 geboren")]
    [InlineData("Geboortedatum van de jongste is 30.06.2018")]
    [InlineData("born 3 april 2015")]
    public void Check_DateOfBirth_IsRefused(string text) => AssertRefused(text, PrivacyFindingKind.DateOfBirth);

    [Theory]
    [InlineData("mevrouw Jansen")]
    [InlineData("dhr. de Vries")]
    [InlineData("Mw. 't Hart")]
    [InlineData("mevr. van den Berg")]
    [InlineData("moeder Fatima")]
    [InlineData("zoon Daan")]
    [InlineData("Vader, Ahmed, ontkent")]
    [InlineData("meneer Öztürk")]
    [InlineData("Moeder Anna-Lena")]
    public void Check_NameAfterTitleOrRole_IsRefused(string text) => AssertRefused(text, PrivacyFindingKind.PersonName);

    [Theory]
    [InlineData("cliëntnummer 12345")]
    [InlineData("dossier 2024-0173")]
    [InlineData("clientnr 88121")]
    [InlineData("Zaaknummer VT-2024-1182")]
    [InlineData("Cliënt 10293")]
    [InlineData("ZorgID 884-221")]
    public void Check_ClientOrDossierNumber_IsRefused(string text) => AssertRefused(text, PrivacyFindingKind.ClientNumber);

    [Fact]
    public void Check_SeveralKinds_ListsEachOnceInEnumOrder()
    {
        var check = PrivacyGuard.Check("mevrouw Jansen, 06-12345678, ook 06-87654321, Kerkstraat 12");

        Assert.Equal([PrivacyFindingKind.PhoneNumber, PrivacyFindingKind.StreetAddress, PrivacyFindingKind.PersonName], check.Findings);
    }

    [Theory]
    [InlineData("06\u200B12345678")] // zero-width space
    [InlineData("０６１２３４５６７８")] // full-width digits
    [InlineData("06\u00A012345678")] // no-break space
    public void Check_DisguisedDigits_AreStillFound(string text) => AssertRefused(text, PrivacyFindingKind.PhoneNumber);

    private static void AssertRefused(string text, PrivacyFindingKind kind)
    {
        var check = PrivacyGuard.Check(text);

        Assert.False(check.IsAllowed);
        Assert.Contains(kind, check.Findings);
    }

    private static void AssertNotFound(string text, PrivacyFindingKind kind) =>
        Assert.DoesNotContain(kind, PrivacyGuard.Check(text).Findings);
}
