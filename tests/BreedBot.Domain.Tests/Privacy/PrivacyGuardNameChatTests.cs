using static BreedBot.Domain.Tests.Privacy.NameAssertions;

namespace BreedBot.Domain.Tests.Privacy;

/// <summary>
/// The name rules added when corpus E became tuning data: names as colleagues let them slip in chat-style text (a mention, a
/// sign-off, brackets, quotes, a possessive without apostrophe or a spoken one, a diminutive, the speaker after a verb of
/// saying, a colleague by her team, a name after a naming verb with words between) and the look-alikes beside each that
/// must still pass. The sentences are written for these tests, not taken from a corpus; each refused one passed before.
/// </summary>
public class PrivacyGuardNameChatTests
{
    [Theory]
    [InlineData("dank voor je hulp, gr. Wendelien")]
    [InlineData("fijn dat je meedacht. gr. Bas")]
    [InlineData("@bas kun jij vrijdag invallen?")]
    [InlineData("@Roos dank voor je hulp")]
    public void Check_MentionOrSignOff_IsRefused(string text) => AssertName(text);

    [Theory]
    [InlineData("groet, het wijkteam")]
    [InlineData("groeten uit Drachten")]
    [InlineData("fijne Pasen, gr. team Noord")]
    [InlineData("vriendelijke groet, Veilig Thuis")]
    [InlineData("bedankt Wijkteam Noord")]
    [InlineData("@iedereen morgen geen overleg")]
    [InlineData("@team vergeet de evaluatie niet")]
    [InlineData("mail het naar info@wijkteam voor vrijdag")]
    public void Check_SignOffOrMentionOfNoOne_Passes(string text) => AssertAllowed(text);

    [Theory]
    [InlineData("Hakans moeder belde gisteren")]
    [InlineData("ik sprak Noortjes vader op het schoolplein")]
    [InlineData("annekes moeder was er ook bij")]
    [InlineData("gesprek over kuipers z'n schulden")]
    public void Check_PossessiveWithoutApostrophe_IsRefused(string text) => AssertName(text);

    [Theory]
    [InlineData("iedereens moeder weet het")]
    [InlineData("Engels docent op het mbo")]
    [InlineData("de buurman z'n auto stond er weer")]
    [InlineData("iedereen z'n eigen tempo")]
    [InlineData("vader z'n boosheid was voelbaar")]
    public void Check_PossessiveOfNoOne_Passes(string text) => AssertAllowed(text);

    [Theory]
    [InlineData("hij (Henk) geeft de kinderen een lift")]
    [InlineData("hij noemt haar 'Pim' in zijn berichten")]
    [InlineData("mama riep 'Lotte!' door het hele huis")]
    [InlineData("ze logeert bij 'Jay', een vriend van 23")]
    [InlineData("ze praat steeds over 'Bo', haar nieuwe vriend")]
    [InlineData("hij heeft het steeds over mijn Truusje")]
    [InlineData("we gaan langs bij oma Bets")]
    [InlineData("ome Ton heeft de sleutel van het huis")]
    [InlineData("overleg met lieke en haar mentor")]
    public void Check_NameInBracketsQuotesOrDiminutive_IsRefused(string text) => AssertName(text);

    [Theory]
    [InlineData("we hebben Veilig Thuis (VT) gebeld")]
    [InlineData("geen overleg rond de feestdagen (Pasen)")]
    [InlineData("in de wijk (Overvecht) is het onrustig")]
    [InlineData("de verslavingszorg (Jellinek) heeft een plek")]
    [InlineData("ze zei 'Nee!' en liep weg")]
    [InlineData("het project 'Hoop' loopt nog tot de zomer")]
    [InlineData("'s avonds is het onrustig, 't is lastig")]
    public void Check_BracketsOrQuotesAroundNoOne_Pass(string text) => AssertAllowed(text);

    [Theory]
    [InlineData("dat zei roos gisteren ook")]
    [InlineData("volgens de mentor zei mark dat al eerder")]
    [InlineData("dank aan kim van de BSO voor het opvangen")]
    [InlineData("ze heet bij ons op de groep Dewi")]
    [InlineData("gesprek met Hoop Hoekstra van de cliëntenraad")]
    [InlineData("\"Mark houdt zich nooit aan afspraken\", zei ze")]
    public void Check_SpeakerColleagueOrNamedPerson_IsRefused(string text) => AssertName(text);

    [Theory]
    [InlineData("dat zei ik ook")]
    [InlineData("dat zei mama ook al")]
    [InlineData("zei vaak nee")]
    [InlineData("na de storm van de afgelopen week")]
    [InlineData("met storm van de zee in mijn hoofd")]
    [InlineData("zij heet bij ons gewoon de nieuwe")]
    [InlineData("Zorggroep Florence levert thuiszorg")]
    [InlineData("Kanaleneiland blijft een wijk waar je met z'n tweeën gaat")]
    [InlineData("ik haal even luiers bij de Dirk")]
    [InlineData("naar de Appie voor luiers")]
    [InlineData("we hebben met oma Veilig Thuis gebeld")]
    [InlineData("samen met jasmijn en munt thee gedronken")]
    [InlineData("de kinderen gaan in de vakantie naar Turkije")]
    public void Check_WordsOrPlacesLikeThose_Pass(string text) => AssertAllowed(text);

    [Theory]
    [InlineData("Faith is a big word for it")]
    [InlineData("Hope is all we had that day")]
    [InlineData("Joy is what we need")]
    public void Check_EnglishNounDefinedAtSentenceStart_Passes(string text) => AssertAllowed(text);

    // The exception above must not let a person through: these were refused before it and still are.
    [Theory]
    [InlineData("Grace is a girl of 7")]
    [InlineData("Roos is boos op haar vader")]
    [InlineData("Hope is 7 and scared")]
    public void Check_PersonIntroducedAtSentenceStart_IsStillRefused(string text) => AssertName(text);
}
