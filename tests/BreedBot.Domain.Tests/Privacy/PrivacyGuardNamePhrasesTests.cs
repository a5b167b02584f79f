using static BreedBot.Domain.Tests.Privacy.NameAssertions;

namespace BreedBot.Domain.Tests.Privacy;

/// <summary>
/// The name rules added when corpus D became tuning data: the phrases a name stands in (a naming verb, a kinship word in
/// a client's language, a surname with its particle, a nickname after a fond word, a double first name, a lowercase full
/// name) and the ordinary text beside each that must still pass. The sentences are written for these tests, not taken
/// from a corpus.
/// </summary>
public class PrivacyGuardNamePhrasesTests
{
    [Theory]
    [InlineData("de baby heet Beer en slaapt slecht")]
    [InlineData("haar vriend heet Djorven, hij wacht bij de poort")]
    [InlineData("her brother is named Tayo")]
    [InlineData("een jongen genaamd Kwabena")]
    [InlineData("op de groep noemen ze hem Tijger")]
    [InlineData("they call her Bunny at school")]
    public void Check_NameAfterNamingVerb_IsRefused(string text) => AssertName(text);

    [Theory]
    [InlineData("de methode heet Signs of Safety")]
    [InlineData("het programma heet Kanjertraining")]
    [InlineData("de app heet Life360")]
    [InlineData("het water is heet, Veilig Thuis gebeld")]
    [InlineData("ik noem het Veilig Thuis voor het gemak")]
    [InlineData("we noemen het Plan B")]
    public void Check_ThingAfterNamingVerb_Passes(string text) => AssertAllowed(text);

    [Theory]
    [InlineData("hooyo Xaliimo heeft het geld")]
    [InlineData("de kinderen slapen bij babcia Wiesia")]
    [InlineData("teyze Nurten heeft de sleutels")]
    [InlineData("Opa, dede Savaşcan, heeft het laatste woord")]
    public void Check_NameAfterKinshipWordOfAnotherLanguage_IsRefused(string text) => AssertName(text);

    [Theory]
    [InlineData("gesprek met Van Hal over de kinderen")]
    [InlineData("ruzie tussen moeder en De Bruyn over geld")]
    [InlineData("de kinderen zijn bang voor Van der Molen")]
    public void Check_SurnameWithCapitalisedParticleInsideSentence_IsRefused(string text) => AssertName(text);

    [Theory]
    [InlineData("gesprek in Den Haag over de kinderen")]
    [InlineData("ze woont nu in Den Bosch")]
    [InlineData("uitje naar het Van Gogh Museum")]
    [InlineData("we werken met De Gezonde School")]
    [InlineData("gesprek bij De Hoop over verslaving")]
    [InlineData("het huis heet De Linde")]
    public void Check_PlaceOrOrganisationWithCapitalisedParticle_Passes(string text) => AssertAllowed(text);

    [Theory]
    [InlineData("ach, kleine Mo huilde de hele dag")]
    [InlineData("lieve kleine Tijger wil niet naar huis")]
    [InlineData("poor little Bear was crying")]
    [InlineData("de kleine jay wil niet naar huis")]
    public void Check_CapitalisedWordAfterFondWord_IsRefused(string text) => AssertName(text);

    [Theory]
    [InlineData("Kleine Stappen, Grote Winst")]
    [InlineData("we zetten kleine Stapjes")]
    [InlineData("lieve Heer, wat een week")]
    [InlineData("een kleine Sinterklaas voor de kinderen")]
    [InlineData("het arme Afrika van toen")]
    [InlineData("een kleine roos voor de juf")]
    [InlineData("we bought a little rose for the teacher")]
    public void Check_TitleCaseOrHolidayOrPlaceAfterFondWord_Passes(string text) => AssertAllowed(text);

    [Theory]
    [InlineData("Kees-Jan heeft het gezien")]
    [InlineData("volgens Jan-Kees is het thuis onrustig")]
    public void Check_DoubleFirstNameOfWords_IsRefused(string text) => AssertName(text);

    [Theory]
    [InlineData("Noord-Brabant heeft een meldpunt")]
    [InlineData("Oud-Beijerland heeft een wijkteam")]
    public void Check_CompoundPlace_Passes(string text) => AssertAllowed(text);

    [Theory]
    [InlineData("gesprek met bep jonker over thuis")]
    [InlineData("ik sprak yevheniia tkachuk vandaag")]
    [InlineData("vandaag belde ghalia haddad weer")]
    public void Check_LowercaseFullNameOutsideTheFirstNames_IsRefused(string text) => AssertName(text);

    [Theory]
    [InlineData("mdo poh overleg gepland")]
    [InlineData("kdv groot overleg op dinsdag")]
    [InlineData("jgz post kwam niet aan")]
    public void Check_AbbreviationBeforeWord_Passes(string text) => AssertAllowed(text);

    [Theory]
    [InlineData("ze spreekt Frans en Arabisch")]
    [InlineData("moeder spreekt alleen Frans")]
    [InlineData("tolk Frans geregeld voor het gesprek")]
    [InlineData("that I'd call the school, because I'll be late")]
    [InlineData("the teacher said that I'm welcome")]
    public void Check_LanguageOrEnglishContraction_Passes(string text) => AssertAllowed(text);

    [Theory]
    [InlineData("Frans belde over de kinderen")]
    [InlineData("I asked Mei Ling about school")]
    public void Check_NameThatIsALanguageOrMonth_IsRefused(string text) => AssertName(text);

    [Theory]
    [InlineData("het echtpaar De Wit wil geen hulp")]
    [InlineData("ouders Kartodikromo willen niet praten")]
    [InlineData("the parents Okafor did not come")]
    [InlineData("de ouders Pinas willen niet praten")]
    public void Check_SurnameAfterCoupleOrParents_IsRefused(string text) => AssertName(text);

    [Theory]
    [InlineData("de ouders Veilig Thuis laten bellen")]
    [InlineData("ouders Marokkaans, kinderen Nederlands")]
    [InlineData("het echtpaar Zuid-Afrikaans")]
    public void Check_WordAfterCoupleOrParents_Passes(string text) => AssertAllowed(text);

    [Theory]
    [InlineData("we aten bij Yindra thuis")]
    [InlineData("Xiomara en haar kinderen zijn veilig")]
    [InlineData("de vader van Xiomara is boos")]
    [InlineData("Shurandy, 12, liep weg")]
    public void Check_NameTheListsLackByItsHomeFamilyOrAge_IsRefused(string text) => AssertName(text);

    [Theory]
    [InlineData("bij Veilig Thuis gebeld")]
    [InlineData("we aten bij oma thuis")]
    [InlineData("Movisie en haar partners geven trainingen")]
    [InlineData("een vrouw van Sensoor nam de telefoon op")]
    [InlineData("de kinderen van Petteflet gaan naar buiten")]
    [InlineData("de broertjes van Kindcentrum Zonnewijzer zijn er")]
    [InlineData("Week 12, 3 gesprekken gehad")]
    public void Check_OrganisationOrCountNearTheseWords_Passes(string text) => AssertAllowed(text);

    [Theory]
    [InlineData("casus Sem groep 7")]
    [InlineData("Yara groep 3 blijft zitten")]
    public void Check_NameBeforeSchoolClass_IsRefused(string text) => AssertName(text);

    [Theory]
    [InlineData("de William Schrikker Groep heeft 3 plekken")]
    [InlineData("juf van groep 6 belde")]
    public void Check_OrganisationOrClassAlone_Passes(string text) => AssertAllowed(text);
}
