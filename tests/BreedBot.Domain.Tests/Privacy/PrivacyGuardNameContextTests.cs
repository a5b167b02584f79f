using BreedBot.Domain.Privacy;
using static BreedBot.Domain.Tests.Privacy.NameAssertions;

namespace BreedBot.Domain.Tests.Privacy;

/// <summary>
/// The name rules added when corpora B and C became tuning data: each kind of position a name stands in, and the
/// ordinary text beside it that must still pass. The sentences are written for these tests, not taken from a corpus.
/// </summary>
public class PrivacyGuardNameContextTests
{
    [Theory]
    [InlineData("de tweeling (sanne en lotte) sliep slecht")]
    [InlineData("ik denk nog aan de kleine jeroen")]
    [InlineData("vandaag belde fatima weer")]
    [InlineData("i spoke to priya's dad")]
    public void Check_LowercaseFirstNameThatIsNoWord_IsRefused(string text) => AssertName(text);

    [Theory]
    [InlineData("de roos in de tuin bloeit en er is hoop")]
    [InlineData("mark de datum in je agenda")]
    [InlineData("we gaan naar de pool en dan naar huis")]
    public void Check_LowercaseFirstNameThatIsAWord_Passes(string text) => AssertAllowed(text);

    [Theory]
    [InlineData("Djaylano (8) is erg stil in de klas")]
    [InlineData("vandaag kwam Djaylano (3 jaar) binnen met een blauwe plek")]
    [InlineData("Roos (11) wil niet naar huis")]
    public void Check_NameWithAgeInBrackets_IsRefused(string text) => AssertName(text);

    [Theory]
    [InlineData("Zoon (12) wil niet naar huis")]
    [InlineData("het jongste kind (4) huilt veel")]
    public void Check_RoleWithAgeInBrackets_Passes(string text) => AssertAllowed(text);

    [Theory]
    [InlineData("Jade's moeder belde af")]
    [InlineData("ik sprak daan's vader op het plein")]
    [InlineData("that broke Tariq's trust")]
    public void Check_PossessiveName_IsRefused(string text) => AssertName(text);

    [Theory]
    [InlineData("de Demirs komen niet meer")]
    [InlineData("de fam. Wijnstok weigert hulp")]
    [InlineData("de huisarts de vries wil niet melden")]
    [InlineData("advocaat Van Leeuwen belde terug")]
    [InlineData("mw. k. öztürk komt morgen")]
    [InlineData("tandarts de jong zag de gaatjes")]
    [InlineData("de logopedist van dam maakt zich zorgen")]
    public void Check_FamilyProfessionOrInitial_IsRefused(string text) => AssertName(text);

    [Theory]
    [InlineData("Gezin Regenboog, tweede gesprek")]
    [InlineData("Casus Zon")]
    [InlineData("wijkagent Noord reed langs")]
    [InlineData("apotheker Centrum belde terug")]
    [InlineData("de tandarts Veilig Thuis laten bellen")]
    [InlineData("Praktijkondersteuner (POH)")]
    [InlineData("DD M. Alzheimer, verwijzing geriatrie")]
    public void Check_LabelTeamOrDisease_Passes(string text) => AssertAllowed(text);

    [Theory]
    [InlineData("ik vroeg aan Hiske hoe het thuis ging")]
    [InlineData("kleine Djaylano liet hem niet binnen")]
    [InlineData("Spoke to Halabi about the bruises")]
    [InlineData("Bakker belde me om acht uur")]
    [InlineData("said zei dat hij niet naar huis wilde")]
    public void Check_NameKnownByContextOrOpenTaal_IsRefused(string text) => AssertName(text);

    [Theory]
    [InlineData("Ze spreekt Dari en een beetje Engels")]
    [InlineData("my Dutch is not good enough yet")]
    [InlineData("meeting with the school on Monday")]
    [InlineData("de familie in Suriname weet van niks")]
    [InlineData("na de Ramadan werd het rustiger")]
    [InlineData("de baby lag in het Sophia")]
    [InlineData("Met Oud en Nieuw is het altijd onrustig")]
    [InlineData("Leger des Heils heeft een bed voor hem")]
    [InlineData("casus Emmen-Noord 2")]
    [InlineData("boodschappen bij Albert Heijn")]
    [InlineData("een stage voor Fontys geregeld")]
    public void Check_LanguagePlaceHolidayOrOrganisation_Passes(string text) => AssertAllowed(text);

    [Theory]
    [InlineData("buurkind")]
    [InlineData("halfbroer")]
    [InlineData("achterkleinzoon")]
    public void KindOf_CompoundEndingInARole_IsARole(string word) => Assert.Equal(ContextKind.Role, NameContext.KindOf(word));

    [Theory]
    [InlineData("thema")] // ends in "ma", too short a role to count
    [InlineData("kindje")]
    [InlineData("verzorgingshuis")]
    public void KindOf_OtherWord_IsNoRole(string word) => Assert.NotEqual(ContextKind.Role, NameContext.KindOf(word));
}
