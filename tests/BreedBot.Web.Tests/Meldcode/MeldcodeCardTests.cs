using System.Text.Json.Nodes;
using BreedBot.Domain.Meldcode;
using BreedBot.Domain.Pairing;
using BreedBot.Web.Cards;
using BreedBot.Web.Localization;
using BreedBot.Web.Meldcode;
using BreedBot.Web.Tests.Cards;

namespace BreedBot.Web.Tests.Meldcode;

public sealed class MeldcodeCardTests
{
    public static TheoryData<UserLanguage> Languages() => [UserLanguage.Dutch, UserLanguage.English];

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryMeldcodeCard_HasAnAcuteButtonThatIgnoresInputs(UserLanguage language)
    {
        var cards = new List<RenderedCard> { MeldcodeCard.Render(language), KaderCard.Ask(KaderQuestion.Vermoeden, language) };
        cards.AddRange(MeldcodeGuide.Steps.Select(s => s.Step).Select(step => MeldcodeStepCard.Render(step, Beroepscluster.Arts, language)));
        cards.AddRange(Enum.GetValues<KaderQuestion>().Select(q => KaderCard.Answered(Afwegingskader.Answer(q, true), language)));

        Assert.All(cards, card =>
        {
            var acute = Actions(card.Content).Single(a => a["verb"]?.GetValue<string>() == MeldcodeVerbs.AcuteOpen);
            Assert.Equal("none", acute["associatedInputs"]!.GetValue<string>());
            Assert.Equal("destructive", acute["style"]!.GetValue<string>());
        });
    }

    [Fact]
    public void StepCard_PhysicianInStepTwo_ShowsTheKnmgNote()
    {
        var text = MeldcodeStepCard.Render(MeldcodeStep.Consultation, Beroepscluster.Arts, UserLanguage.Dutch).Content.ToJsonString();
        var without = MeldcodeStepCard.Render(MeldcodeStep.Consultation, null, UserLanguage.Dutch).Content.ToJsonString();

        Assert.Contains("altijd Veilig Thuis om advies", text, StringComparison.Ordinal);
        Assert.DoesNotContain("altijd Veilig Thuis om advies", without, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(MeldcodeStep.Weighing, true)]
    [InlineData(MeldcodeStep.Deciding, true)]
    [InlineData(MeldcodeStep.ClientConversation, false)]
    public void StepCard_OffersTheAfwegingskaderFromStepFour(MeldcodeStep step, bool offered)
    {
        var verbs = Actions(MeldcodeStepCard.Render(step, null, UserLanguage.Dutch).Content).Select(a => a["verb"]!.GetValue<string>());

        Assert.Equal(offered, verbs.Contains(MeldcodeVerbs.Kader));
    }

    [Fact]
    public void KaderCard_ReportNorm_SaysWhatTheKaderSaysAndWhoToConsult()
    {
        var text = KaderCard.Answered(Afwegingskader.Answer(KaderQuestion.HulpMogelijk, false), UserLanguage.Dutch).Content.ToJsonString();

        Assert.Contains("melden bij Veilig Thuis de professionele norm", text, StringComparison.Ordinal);
        Assert.Contains("Jij besluit.", text, StringComparison.Ordinal);
        Assert.DoesNotContain(MeldcodeVerbs.Kader, text, StringComparison.Ordinal);
    }

    private static IEnumerable<JsonObject> Actions(JsonNode? node) => node switch
    {
        JsonObject obj when obj["type"]?.GetValue<string>() is "Action.Execute" => [obj],
        JsonObject obj => obj.SelectMany(p => Actions(p.Value)),
        JsonArray array => array.SelectMany(Actions),
        _ => [],
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public void KaderCard_VeiligThuisWorker_DoesNotHearTheReportNorm(UserLanguage language)
    {
        var answer = Afwegingskader.Answer(KaderQuestion.AcuutOfStructureel, true);
        var own = CardText.AllText(KaderCard.Answered(answer, language, cluster: Beroepscluster.VeiligThuisOpvang).Content);
        var other = CardText.AllText(KaderCard.Answered(answer, language, cluster: Beroepscluster.Onderwijs).Content);

        var norm = language == UserLanguage.English ? "professional norm" : "professionele norm";
        Assert.DoesNotContain(norm, own, StringComparison.Ordinal);
        Assert.Contains(norm, other, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(UserLanguage.Dutch, "Twee beslismomenten, in deze volgorde: 'Is melden noodzakelijk?' en 'Is hulpverlening (ook) mogelijk?'", "de twee beslismomenten van stap 5")]
    [InlineData(UserLanguage.English, "Two decision moments, in this order: 'Is a report necessary?' and 'Is providing help (also) possible?'", "the two decisions of step 5")]
    public void StepCards_NameTheKadersTwoDecisionMoments(UserLanguage language, string deciding, string weighing)
    {
        Assert.Contains(deciding, CardText.AllText(MeldcodeStepCard.Render(MeldcodeStep.Deciding, null, language).Content), StringComparison.Ordinal);
        Assert.Contains(weighing, CardText.AllText(MeldcodeStepCard.Render(MeldcodeStep.Weighing, null, language).Content), StringComparison.Ordinal);
    }
}
