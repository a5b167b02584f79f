using BreedBot.Domain.Privacy;
using static BreedBot.Domain.Tests.Privacy.NameAssertions;

namespace BreedBot.Domain.Tests.Privacy;

/// <summary>
/// The rules added when corpus F became tuning data: identifiers in the forms hasty, second-language or careful-but-failed
/// writing gives them (a name inside a compound, an abbreviated particle, a pupil by class, a family name first, numbers read
/// out in words, a postcode with a hyphen, a file's compound), and the ordinary text that looked like a name (a language
/// no list has, a title used as a noun, a square, an institution named after a person, a client's own language quoted).
/// The sentences are written for these tests, not taken from a corpus. In each theory that a rule of this round made refuse
/// or pass, at least one case failed before; the look-alikes beside them (a method, a square, a person after "spreekt") guard
/// the rule's edges.
/// </summary>
public class PrivacyGuardWrittenFormsTests
{
    [Theory]
    [InlineData("het Hoekstra-gezin komt niet meer")]
    [InlineData("de Bakker-kinderen missen veel lessen")]
    [InlineData("het Visser-drama gaat door")]
    [InlineData("ik heb het Daan-dossier teruggelegd")]
    public void Check_NameInsideACompound_IsRefused(string text) => AssertName(text);

    [Theory]
    [InlineData("na de Marokko-reis was ze stil")]
    [InlineData("we deden een Veilig Thuis-melding")]
    [InlineData("het Montessori-onderwijs past hem goed")]
    [InlineData("een Google-account en een Teams-overleg")]
    [InlineData("in de Kerst-vakantie was het rustig")]
    public void Check_CompoundOfAPlaceBrandOrMethod_Passes(string text) => AssertAllowed(text);

    [Theory]
    [InlineData("gezin vd meer, 3 kids")]
    [InlineData("fam vdr linden belt niet terug")]
    public void Check_AbbreviatedParticle_IsRefused(string text) => AssertName(text);

    [Theory]
    [InlineData("roos grp 6 vaak te laat")]
    [InlineData("zorgen om jade groep 4")]
    [InlineData("storm gr. 8 is stil")]
    public void Check_FirstNameBeforeSchoolClass_IsRefused(string text) => AssertName(text);

    [Theory]
    [InlineData("kind uit groep 6 vaak te laat")]
    [InlineData("de hele groep 3 was onrustig")]
    public void Check_SchoolClassWithoutName_Passes(string text) => AssertAllowed(text);

    [Theory]
    [InlineData("ik sprak tante Li Juni gisteren")]
    public void Check_FamilyNameFirstAfterRole_IsRefused(string text) => AssertName(text);

    [Theory]
    [InlineData("opa praat Tarifit met de kleinkinderen")]
    [InlineData("Oma spreekt Tamazight, de kleinzoon tolkt.")]
    public void Check_LanguageNoListHasAfterSpeaking_Passes(string text) => AssertAllowed(text);

    [Theory]
    [InlineData("moeder spreekt Fatima morgen")]
    [InlineData("tolk Yilmaz was er niet")]
    public void Check_PersonAfterSpeakingOrInterpreter_IsRefused(string text) => AssertName(text);

    [Theory]
    [InlineData("De dokter van het Sint Antonius Gasthuis belde terug.")]
    [InlineData("de juf van de Regenboog maakt zich zorgen")]
    public void Check_TitleUsedAsNounBeforeVan_Passes(string text) => AssertAllowed(text);

    [Theory]
    [InlineData("de juf van Dijk maakt zich zorgen")]
    [InlineData("mevrouw van der Heijden belde")]
    public void Check_TitleBeforeSurnameWithParticle_IsRefused(string text) => AssertName(text);

    [Theory]
    [InlineData("We zaten op de Brink, bij de bieb.")]
    [InlineData("Op de Grote Markt was het druk.")]
    [InlineData("Een aanmelding bij de Johannes Hoeve voor dagbesteding.")]
    public void Check_SquareOrInstitutionNamedAfterAPerson_Passes(string text) => AssertAllowed(text);

    [Theory]
    [InlineData("moeder zei in het Turks: bugün deniz kenarına gitmek istemedi")]
    public void Check_ClientsOwnLanguageQuoted_Passes(string text) => AssertAllowed(text);

    [Theory]
    [InlineData("met lieke en sem gesproken")]
    [InlineData("gesprek ivm noah ouarghi gehad")]
    public void Check_LowercaseNameAmidDutch_IsRefused(string text) => AssertName(text);

    [Theory]
    [InlineData("haar postcode is drieëntwintig vijftien, ee ef")]
    [InlineData("postcode: een twee drie vier")]
    [InlineData("nieuw adres 2513-BK, niet doorgeven")]
    public void Check_PostcodeInWordsOrWithHyphen_IsRefused(string text) => AssertRefused(text, PrivacyFindingKind.Postcode);

    [Theory]
    [InlineData("de postcode is bekend bij de school")]
    [InlineData("postcode en huisnummer heb ik niet")]
    public void Check_PostcodeWithoutValue_Passes(string text) => AssertNotFound(text, PrivacyFindingKind.Postcode);

    [Theory]
    [InlineData("ze woont nu aan de Merelstraat nummer negen")]
    [InlineData("op nummer twaalf van de Beukenlaan")]
    public void Check_HouseNumberInWords_IsRefused(string text) => AssertRefused(text, PrivacyFindingKind.StreetAddress);

    [Theory]
    [InlineData("de Merelstraat, nummer onbekend")]
    [InlineData("ze staat op nummer twee van de Wachtlijst")]
    public void Check_StreetOrListWithoutHouseNumber_IsNoStreet(string text) => AssertNotFound(text, PrivacyFindingKind.StreetAddress);

    [Theory]
    [InlineData("rekening NL20 RABO nul drie een twee vier vijf zes zeven acht negen")]
    [InlineData("iban nl91 abna 0417 één twee drie vier vijf zes")]
    public void Check_IbanWithDigitsInWords_IsRefused(string text) => AssertRefused(text, PrivacyFindingKind.Iban);

    [Theory]
    [InlineData("leerlingdossier 2024-8812 is compleet")]
    [InlineData("Jeugddossier JGZ 71-33012-A opgevraagd")]
    public void Check_NumberAfterDossierCompound_IsRefused(string text) => AssertRefused(text, PrivacyFindingKind.ClientNumber);

    [Theory]
    [InlineData("het behandeldossier is 300 pagina's")]
    [InlineData("het leerlingdossier van 2024")]
    public void Check_DossierCompoundWithCount_IsNoClientNumber(string text) => AssertNotFound(text, PrivacyFindingKind.ClientNumber);

    private static void AssertRefused(string text, PrivacyFindingKind kind) => Assert.Contains(kind, PrivacyGuard.Check(text).Findings);

    private static void AssertNotFound(string text, PrivacyFindingKind kind) => Assert.DoesNotContain(kind, PrivacyGuard.Check(text).Findings);
}
