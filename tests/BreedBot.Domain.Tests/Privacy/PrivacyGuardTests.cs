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

    [Theory]
    [InlineData("12-ABC-3")]
    [InlineData("AB-123-C")]
    [InlineData("45-xl-gb")]
    [InlineData("1-FHK-53")]
    [InlineData("auto AB123C voor de deur")]
    [InlineData("kenteken xk39rt")]
    [InlineData("licence plate HN 417 K")]
    public void Check_LicencePlate_IsRefused(string text) => AssertRefused(text, PrivacyFindingKind.LicencePlate);

    [Theory]
    [InlineData("groep 7-8")]
    [InlineData("COVID-19")]
    [InlineData("stap 2-3")]
    [InlineData("in 2023-2024")]
    [InlineData("A4-tje")]
    public void Check_CodeThatIsNoPlate_IsNoPlate(string text) => AssertNotFound(text, PrivacyFindingKind.LicencePlate);

    [Theory]
    [InlineData("Ik sprak Anouk de Wit na het overleg")]
    [InlineData("mevrouw de jong is bang")]
    [InlineData("dhr. van den berg belde")]
    [InlineData("mw. A. Yilmaz komt terug")]
    [InlineData("het gezin Jansen")]
    [InlineData("de familie Bakker")]
    [InlineData("Fatima vertelde over thuis")]
    [InlineData("toen Sem thuiskwam")]
    [InlineData("collega Marieke zag het ook")]
    [InlineData("anouk de wit wil niet")]
    [InlineData("Her son Daniel stays out late")]
    public void Check_NameWithoutATitle_IsRefused(string text) => AssertRefused(text, PrivacyFindingKind.PersonName);

    [Theory]
    [InlineData("De moeder vertelde het aan de huisarts")]
    [InlineData("Ik heb Veilig Thuis gebeld")]
    [InlineData("De wijkagent kwam langs")]
    [InlineData("Het gezin verhuisde van Rotterdam naar Utrecht")]
    [InlineData("De Raad voor de Kinderbescherming doet onderzoek")]
    [InlineData("De Marokkaanse moeder spreekt Arabisch")]
    [InlineData("Dan bel ik morgen de school")]
    [InlineData("gezin blauw")]
    [InlineData("De William Schrikker Stichting is betrokken")]
    [InlineData("Met Pasen en Suikerfeest is het druk thuis")]
    [InlineData("I feel stuck between trust and safety")]
    public void Check_RoleWordsPlacesAndOrganisations_AreNoName(string text) => AssertNotFound(text, PrivacyFindingKind.PersonName);

    [Theory]
    [InlineData("geboren 2014-03-07")]
    [InlineData("geboren in maart 2014")]
    [InlineData("jarig op 7 maart, wordt 9")]
    [InlineData("born March 7, 2014")]
    [InlineData("ze wordt op 12 juni tien")]
    public void Check_DateOfBirthWithoutDayFirst_IsRefused(string text) => AssertRefused(text, PrivacyFindingKind.DateOfBirth);

    [Theory]
    [InlineData("woont in 1234 ab")]
    [InlineData("postcode 3521 km")]
    [InlineData("verhuisd naar 2516ck")]
    public void Check_LowercasePostcode_IsRefused(string text) => AssertRefused(text, PrivacyFindingKind.Postcode);

    [Theory]
    [InlineData("in 2023 de moeder gesproken")]
    [InlineData("1200 km gereden")]
    public void Check_YearOrCountWithLowercaseLetters_IsNoPostcode(string text) => AssertNotFound(text, PrivacyFindingKind.Postcode);

    [Theory]
    [InlineData("woont op de Lindelaan, nummer 12")]
    [InlineData("woont op Spui 21")]
    [InlineData("aan het Rokin 44")]
    [InlineData("op nummer 8 van de Merelstraat")]
    public void Check_StreetWithoutUsualEndingOrNumberLater_IsRefused(string text) => AssertRefused(text, PrivacyFindingKind.StreetAddress);

    [Theory]
    [InlineData("naam [at] domein punt nl")]
    [InlineData("pvdb (at) hotmail dot com")]
    [InlineData("kevin_s[@]live[.]nl")]
    [InlineData("sanne at gmail")]
    public void Check_SpelledOutEmailAddress_IsRefused(string text) => AssertRefused(text, PrivacyFindingKind.EmailAddress);

    [Theory]
    [InlineData("She was at home when it happened.")]
    [InlineData("Ik stuur de school een mail.")]
    public void Check_AtInASentence_IsNoEmailAddress(string text) => AssertNotFound(text, PrivacyFindingKind.EmailAddress);

    [Theory]
    [InlineData("cl.nr. 48213")]
    [InlineData("dossiernr 2023/0456")]
    [InlineData("het dossiernummer is VT-2023-4471")]
    [InlineData("case number 2023-118")]
    [InlineData("client ID 90812")]
    public void Check_AbbreviatedOrEnglishClientNumber_IsRefused(string text) => AssertRefused(text, PrivacyFindingKind.ClientNumber);

    [Theory]
    [InlineData("Bij gevaar het alarmnummer 112 bellen")]
    [InlineData("huisnummer 12")]
    public void Check_PublicOrHouseNumber_IsNoClientNumber(string text) => AssertNotFound(text, PrivacyFindingKind.ClientNumber);

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
