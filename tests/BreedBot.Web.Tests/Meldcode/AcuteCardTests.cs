using System.Text.Json.Nodes;
using BreedBot.Web.Localization;
using BreedBot.Web.Meldcode;
using static BreedBot.Web.Tests.Meldcode.AcuteCardReading;

namespace BreedBot.Web.Tests.Meldcode;

public class AcuteCardTests
{
    public static TheoryData<string, UserLanguage> EveryState()
    {
        var data = new TheoryData<string, UserLanguage>();
        foreach (var (variant, _) in AcuteCardCases.Models())
        {
            data.Add(variant, UserLanguage.Dutch);
            data.Add(variant, UserLanguage.English);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryState))]
    public void Render_EveryState_Shows112FirstAndVeiligThuisSecond(string variant, UserLanguage language)
    {
        var body = Render(variant, language)["body"]!.AsArray();

        Assert.Contains("112", Text(body[0]), StringComparison.Ordinal);
        Assert.Contains("Veilig Thuis: 0800\u20112000", Text(body[1]), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EveryState))]
    public void Render_EveryState_Names112BeforeVeiligThuisInEveryText(string variant, UserLanguage language)
    {
        var texts = Texts(Render(variant, language)).ToList();

        Assert.All(texts.Where(t => t.Contains("Veilig Thuis", StringComparison.Ordinal) || t.Contains("0800\u20112000", StringComparison.Ordinal)), text =>
        {
            var vt = Math.Min(Index(text, "Veilig Thuis"), Index(text, "0800\u20112000"));
            Assert.True(!text.Contains("112", StringComparison.Ordinal) || text.IndexOf("112", StringComparison.Ordinal) < vt, text);
        });
        var all = string.Join("\n", texts);
        Assert.True(all.IndexOf("112", StringComparison.Ordinal) < all.IndexOf("Veilig Thuis", StringComparison.Ordinal), all);
    }

    [Theory]
    [MemberData(nameof(EveryState))]
    public void Render_EveryState_NeverSaysTheOldConfirmation(string variant, UserLanguage language)
    {
        var all = string.Join("\n", Texts(Render(variant, language)));

        Assert.DoesNotContain("ik heb gevraagd met spoed met je te overleggen", all, StringComparison.Ordinal);
        Assert.DoesNotContain("I've asked for an urgent consult with you", all, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("partner", "je duopartner Sam de Vries", "your duo partner Sam de Vries")]
    [InlineData("aandachtsfunctionaris", "aandachtsfunctionaris Noor Bakker", "your aandachtsfunctionaris Noor Bakker")]
    [InlineData("both", "je duopartner Sam de Vries en aandachtsfunctionaris Noor Bakker", "your duo partner Sam de Vries and your aandachtsfunctionaris Noor Bakker")]
    [InlineData("trio", "je duopartners Sam de Vries en Ana Jansen en aandachtsfunctionaris Noor Bakker", "your duo partners Sam de Vries and Ana Jansen and your aandachtsfunctionaris Noor Bakker")]
    [InlineData("partnerIsAlsoAandachtsfunctionaris", "je duopartner Noor Bakker (ook aandachtsfunctionaris)", "your duo partner Noor Bakker (also aandachtsfunctionaris)")]
    [InlineData("noNames", "je duopartner en aandachtsfunctionaris", "your duo partner and your aandachtsfunctionaris")]
    public void Render_BeforeTheClick_SaysWhoTheConsultWouldReach(string circle, string dutch, string english)
    {
        foreach (var (language, expected) in new[] { (UserLanguage.Dutch, dutch), (UserLanguage.English, english) })
        {
            var card = Render("open:" + circle, language);

            Assert.Equal([expected], Recipients(card));
            Assert.Contains(AcuteTexts.For(language).ConsultIntro, Texts(card));
            Assert.Equal(["acute.consult"], Verbs(card));
        }
    }

    [Fact]
    public void Render_BeforeTheClickInSeveralTeams_SaysWhoPerTeam()
    {
        Assert.Equal(
            ["Wijkteam Noord: je duopartner Sam de Vries en aandachtsfunctionaris Noor Bakker", "Wijkteam Zuid: je duopartner Bo de Wit"],
            Recipients(Render("open:severalTeams", UserLanguage.Dutch)));
        Assert.Equal(
            ["Wijkteam Noord: your duo partner Sam de Vries and your aandachtsfunctionaris Noor Bakker", "Wijkteam Zuid: your duo partner Bo de Wit"],
            Recipients(Render("open:severalTeams", UserLanguage.English)));
    }

    [Theory]
    [InlineData(UserLanguage.Dutch, "Bel Veilig Thuis voor advies — ook als je twijfelt.")]
    [InlineData(UserLanguage.English, "Call Veilig Thuis for advice — also when in doubt.")]
    public void Render_NobodyToAsk_OffersNoConsultAndAdvisesVeiligThuis(UserLanguage language, string advice)
    {
        foreach (var variant in new[] { "open:nobody", "answer:nobodyToAsk" })
        {
            var card = Render(variant, language);

            Assert.Empty(Verbs(card));
            Assert.Contains(advice, Texts(card));
            Assert.Contains(AcuteTexts.For(language).Nobody, Texts(card));
        }
    }

    [Fact]
    public void Render_InNoTeamYet_SaysSoAndAdvisesVeiligThuis()
    {
        var card = Render("open:noTeam", UserLanguage.Dutch);

        Assert.Empty(Verbs(card));
        Assert.Equal(["Je zit nog in geen team met BreedBot, dus er is niemand die ik met spoed voor je kan vragen.", "Bel Veilig Thuis voor advies — ook als je twijfelt."], Texts(card)[2..]);
    }

    [Fact]
    public void Render_NotUnderstoodButSpokeOfDanger_NumbersFirstThenTheUsualHelpAndTheButton()
    {
        var card = Render("notUnderstood", UserLanguage.Dutch);

        Assert.Equal(
            ["Direct gevaar? Bel nu 112.", "Veilig Thuis: 0800\u20112000, gratis, dag en nacht, voor advies of een melding.",
             "Dat begrijp ik nog niet. Stuur 'help' en je ziet wat ik nu voor je kan doen. Wil je met spoed overleggen met je duopartner of aandachtsfunctionaris? Druk op 'Acuut gevaar'."],
            Texts(card));
        Assert.Equal(["acute.open"], Verbs(card));
    }

    [Fact]
    public void Render_NotKnownInTime_StillOffersTheConsultAndSaysSo()
    {
        var card = Render("open:unknown", UserLanguage.Dutch);

        Assert.Equal(["acute.consult"], Verbs(card));
        Assert.Contains(AcuteTexts.Dutch.ConsultIntroUnknown, Texts(card));
        Assert.Empty(Recipients(card));
    }

    [Theory]
    [MemberData(nameof(EveryState))]
    public void Render_EveryState_MentionsAReflectionOnlyWhenItCameFromTheirOwn(string variant, UserLanguage language)
    {
        var card = Render(variant, language);
        var own = variant.EndsWith(":reflection", StringComparison.Ordinal);
        var texts = AcuteTexts.For(language);

        Assert.Equal(own, Verbs(card).Contains("reflection.resume"));
        Assert.Equal(own, Texts(card).Contains(texts.Afterwards));
        Assert.Equal(own, card.ToJsonString().Contains("r-1", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_Public_NamesNobodyAndShowsThePeopleOnlyToWhoPresses()
    {
        var card = Render("public", UserLanguage.Dutch);

        Assert.Equal(["acute.open"], Verbs(card));
        Assert.Contains(AcuteTexts.Dutch.PublicIntro, Texts(card));
        Assert.DoesNotContain("reflection.resume", Verbs(card));
    }

    [Theory]
    [InlineData("allDelivered", UserLanguage.Dutch, "Gelukt: je duopartner Sam de Vries en aandachtsfunctionaris Noor Bakker hebben mijn bericht dat je met spoed wilt overleggen, met een link naar een chat met jou. Over de casus stond er niets in.")]
    [InlineData("allDelivered", UserLanguage.English, "Done: your duo partner Sam de Vries and your aandachtsfunctionaris Noor Bakker have my message that you'd like to consult urgently, with a link to a chat with you. Nothing about the case was in it.")]
    [InlineData("oneDelivered", UserLanguage.Dutch, "Gelukt: je duopartner Sam de Vries heeft mijn bericht dat je met spoed wilt overleggen, met een link naar een chat met jou. Over de casus stond er niets in.")]
    [InlineData("partlyDelivered", UserLanguage.Dutch, "Nog niet iedereen is bereikt. Wacht er niet op: bel 112 bij direct gevaar, Veilig Thuis 0800\u20112000 voor advies.")]
    [InlineData("noneDelivered", UserLanguage.Dutch, "Niemand bereikt. Bel 112 bij direct gevaar, Veilig Thuis 0800\u20112000 voor advies.")]
    [InlineData("noneDelivered", UserLanguage.English, "Nobody reached. Call 112 in direct danger, Veilig Thuis 0800\u20112000 for advice.")]
    [InlineData("notSent", UserLanguage.Dutch, "Het overlegverzoek kon ik niet versturen. Bel 112 bij direct gevaar, Veilig Thuis 0800\u20112000 voor advies.")]
    [InlineData("alreadyAsked", UserLanguage.Dutch, "Al gevraagd om 14:02 — bel 112 bij direct gevaar.")]
    [InlineData("alreadyAsked", UserLanguage.English, "Already asked at 14:02 — call 112 in direct danger.")]
    public void Render_AfterTheClick_SaysWhatHappenedTruthfully(string answer, UserLanguage language, string status)
    {
        Assert.Equal(status, Texts(Render("answer:" + answer, language))[2]);
    }

    [Fact]
    public void Render_PartlyDelivered_SaysPerRecipientWhoWasNotReachedYet()
    {
        var card = Render("answer:partlyDelivered", UserLanguage.Dutch);

        Assert.Equal(
            [
                ("Sam de Vries (duopartner, Wijkteam Noord)", "bericht afgeleverd"),
                ("Noor Bakker (aandachtsfunctionaris, Wijkteam Noord)", "nog niet bereikt — ik probeer het nog één keer"),
                ("Bo de Wit (duopartner, Wijkteam Zuid)", "niet bereikt"),
            ],
            Facts(card));
        Assert.Contains(AcuteTexts.Dutch.PendingNote, Texts(card));
        Assert.Empty(Verbs(card));
    }

    [Fact]
    public void Render_AlreadyAsked_OffersToAskAgainAfterTheWindow()
    {
        var card = Render("answer:alreadyAsked", UserLanguage.Dutch);

        Assert.Contains("Vanaf 14:12 kun je opnieuw om overleg vragen.", Texts(card));
        Assert.Equal(["acute.consult"], Verbs(card));
        Assert.Contains(Actions(card), a => a["title"]!.GetValue<string>() == "Opnieuw vragen");
    }

    [Fact]
    public void Summary_BothLanguages_SaysNothingAboutDanger()
    {
        Assert.Equal("BreedBot: hulp nu", AcuteCard.Summary(UserLanguage.Dutch));
        Assert.Equal("BreedBot: help now", AcuteCard.Summary(UserLanguage.English));
    }

    private static JsonObject Render(string variant, UserLanguage language) =>
        AcuteCard.Render(language, AcuteCardCases.Models().Single(m => m.Variant == variant).Model).Content;

    private static int Index(string text, string part) => text.Contains(part, StringComparison.Ordinal) ? text.IndexOf(part, StringComparison.Ordinal) : int.MaxValue;

    private static string Text(JsonNode? block) => block!["text"]!.GetValue<string>();

    private static List<(string, string)> Facts(JsonObject card) =>
        [.. card["body"]!.AsArray().Where(b => b!["type"]!.GetValue<string>() == "FactSet")
            .SelectMany(b => b!["facts"]!.AsArray()).Select(f => (f!["title"]!.GetValue<string>(), f["value"]!.GetValue<string>()))];
}
