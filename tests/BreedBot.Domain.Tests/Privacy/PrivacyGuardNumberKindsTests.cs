using BreedBot.Domain.Privacy;

namespace BreedBot.Domain.Tests.Privacy;

/// <summary>
/// The number rules added when corpora B and C became tuning data: dates that belong to a person, decision and report
/// numbers, plates of other shapes, a phone number in words, and the near misses that must pass.
/// </summary>
public class PrivacyGuardNumberKindsTests
{
    [Theory]
    [InlineData("de jongste is van 3-9-'17 en praat nog weinig")]
    [InlineData("meneer is van 4 februari 1941")]
    [InlineData("het meisje is van maart 2017")]
    [InlineData("dochter (2013-06-21) zit in groep 8")]
    [InlineData("op 9 oktober wordt ze 7")]
    [InlineData("op 2 juni is hij 10 geworden")]
    [InlineData("she was born on 3 August 2015")]
    [InlineData("Ravi, 4/11/15, komt niet meer op de BSO")]
    [InlineData("zoontje * 30-01-2019, slaapt slecht")]
    [InlineData("dhr. 12-03-1947 wil niet meer eten")]
    [InlineData("gebdat 21-06-2016, zit in groep 5")]
    [InlineData("Geb.dat.: 4/11/2019")]
    [InlineData("mw. 3 maart 1950, woont alleen")]
    [InlineData("ze is pas van 03-02-2003 en al zwanger")]
    [InlineData("de baby komt in mei; moeder is zelf nog van juni 2004")]
    public void Check_DatedPerson_IsRefusedAsDateOfBirth(string text) => AssertRefused(text, PrivacyFindingKind.DateOfBirth);

    [Theory]
    [InlineData("het verslag is van 12-03-2024")]
    [InlineData("het plan is van januari 2025")]
    [InlineData("overleg (2025-04-01) met school")]
    [InlineData("op 9 oktober wordt het plan besproken")]
    [InlineData("gesprek met moeder, 15-01-2025, liep goed")]
    [InlineData("het verslag is pas van 12-03-2024")]
    [InlineData("dhr. op 12-03-2025 gebeld, geen gehoor")]
    [InlineData("gesprek met mw., 12-03-2025, liep goed")]
    [InlineData("mw. 12-03-2025: gesprek gehad")]
    public void Check_DatedDocumentOrMeeting_IsNoDateOfBirth(string text) => AssertNotFound(text, PrivacyFindingKind.DateOfBirth);

    [Theory]
    [InlineData("CIZ-besluit 2023-55120-Z ligt er")]
    [InlineData("BVH 2024118833 opgemaakt")]
    [InlineData("zaaknummer RK 23-0045512")]
    [InlineData("casus 2024-11873")]
    [InlineData("ons kenmerk VT/ZH/2023/4410")]
    [InlineData("dossier RvdK-NH-2024-0871")]
    [InlineData("opvang-ID 2025-0318, nieuwe kamer")]
    [InlineData("haar opvang-ID is 88213")]
    public void Check_DecisionOrReportNumber_IsRefused(string text) => AssertRefused(text, PrivacyFindingKind.ClientNumber);

    [Theory]
    [InlineData("casus 2023-JGZ-40712")]
    [InlineData("het staat bij de politie onder PL1400-2023551234")]
    [InlineData("his client number at the clinic is 55120")]
    [InlineData("het dossiernummer bij de GGZ is 77031")]
    [InlineData("haar V-nummer staat op de brief: 2345678901")]
    [InlineData("de zitting over C/13/745123 / JE RK 24-771 is uitgesteld")]
    [InlineData("ze staat in het LRK onder 987654321")]
    public void Check_NumberByItsShapeOrFartherFromItsWord_IsRefused(string text) => AssertRefused(text, PrivacyFindingKind.ClientNumber);

    [Theory]
    [InlineData("COVID-19 maakte het lastig")]
    [InlineData("het nummer van de kamer is 204")]
    [InlineData("the meeting room at the practice is 3B")]
    [InlineData("casus 2024-A besproken")]
    [InlineData("het dossier van de GGZ is 300 pagina's")]
    [InlineData("in 2024-2025 twee keer gesproken")]
    [InlineData("het weeknummer van de evaluatie is: 2024")]
    [InlineData("de datum van de zitting: 12/03/2025")]
    public void Check_CountRoomOrPeriod_IsNoClientNumber(string text) => AssertNotFound(text, PrivacyFindingKind.ClientNumber);

    [Theory]
    [InlineData("casus 040-A")]
    [InlineData("het besluit van 2024 staat")]
    [InlineData("De vorige melding was in 2021")]
    [InlineData("haar ID is in 2023 verlopen")]
    [InlineData("de ID-kaart van 2019 is weg")]
    public void Check_LabelOrYear_IsNoClientNumber(string text) => AssertNotFound(text, PrivacyFindingKind.ClientNumber);

    [Theory]
    [InlineData("Duits kenteken, uit Keulen: K-AB 1234")]
    [InlineData("een Belgische auto, 2-XYZ-345, stond voor de deur")]
    public void Check_ForeignPlate_IsRefused(string text) => AssertRefused(text, PrivacyFindingKind.LicencePlate);

    [Theory]
    [InlineData("het kenteken staat niet in het dossier")]
    [InlineData("kenteken onbekend, GGD 12 keer gebeld")]
    public void Check_KeywordWithoutPlate_IsNoPlate(string text) => AssertNotFound(text, PrivacyFindingKind.LicencePlate);

    [Theory]
    [InlineData("bel me op nul zes, twaalf, vierendertig, zesenvijftig, achtenzeventig")]
    [InlineData("haar nummer: nul zes een twee drie vier vijf zes zeven acht")]
    public void Check_PhoneNumberInWords_IsRefused(string text) => AssertRefused(text, PrivacyFindingKind.PhoneNumber);

    [Theory]
    [InlineData("nul komma nul begrip, twee keer gebeld")]
    [InlineData("drie kinderen, nul zorgen volgens vader")]
    public void Check_CountsInWords_AreNoPhoneNumber(string text) => AssertNotFound(text, PrivacyFindingKind.PhoneNumber);

    [Theory]
    [InlineData("aan de Maliestede, de deur met nr 8")]
    public void Check_StreetEndingStede_IsRefused(string text) => AssertRefused(text, PrivacyFindingKind.StreetAddress);

    [Theory]
    [InlineData("casus VT-Noord 17")]
    [InlineData("team Rotterdam-Zuid 3")]
    public void Check_DistrictWithNumber_IsNoStreet(string text) => AssertNotFound(text, PrivacyFindingKind.StreetAddress);

    private static void AssertRefused(string text, PrivacyFindingKind kind) => Assert.Contains(kind, PrivacyGuard.Check(text).Findings);

    private static void AssertNotFound(string text, PrivacyFindingKind kind) => Assert.DoesNotContain(kind, PrivacyGuard.Check(text).Findings);
}
