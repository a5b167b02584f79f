using System.Text.Json.Nodes;
using BreedBot.Domain.Meldcode;
using BreedBot.Domain.Reflections;
using BreedBot.Web.Cards;
using BreedBot.Web.Localization;
using BreedBot.Web.Meldcode;
using BreedBot.Web.Reflections;

namespace BreedBot.Web.Tests.Reflections;

public sealed class ReflectionCardTests
{
    public static TheoryData<UserLanguage> Languages() => [UserLanguage.Dutch, UserLanguage.English];

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryReflectionCard_HasAnAcuteDangerButtonThatIgnoresInputs(UserLanguage language)
    {
        foreach (var (template, variant, data) in ReflectionCardCases.All(language).Where(c => c.Template != ReflectionListCard.TemplateName))
        {
            var card = CardTemplates.Render(template, data);
            var acute = Actions(card).SingleOrDefault(a => a["verb"]?.GetValue<string>() == "acute.open");

            Assert.True(acute is not null, $"{template}:{variant}");
            Assert.Equal("none", acute["associatedInputs"]!.GetValue<string>());
            // The way back is to one's own reflection: the partner's view of a shared one carries no id.
            Assert.Equal(
                template == ReflectionSharedCard.TemplateName ? null : data["reflectionId"]!.GetValue<string>(),
                acute["data"]!["reflectionId"]?.GetValue<string>());
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Summaries_NeverCarryTheLabelOrAnswers(UserLanguage language)
    {
        var summaries = new[]
        {
            ReflectionStepCard.Render(language, ReflectionCardCases.SampleStep).Summary,
            ReflectionSummaryCard.Render(language, ReflectionCardCases.Done, ReflectionCardCases.Today, ["Sam"]).Summary,
            ReflectionSharedCard.Render(language, ReflectionCardCases.Done, "Alex").Summary,
            ReflectionFollowUpCard.Render(language, ReflectionCardCases.Done, ReflectionCardCases.Today).Summary,
            ReflectionNudgeCard.Render(language, ReflectionCardCases.Done).Summary,
            ReflectionListCard.Render(language, ReflectionCardCases.ListSample, ReflectionCardCases.Zone).Summary,
        };

        Assert.All(summaries, s =>
        {
            Assert.StartsWith("BreedBot", s, StringComparison.Ordinal);
            Assert.DoesNotContain("casus", s, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Alex", s, StringComparison.Ordinal);
        });
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void OwnTexts_HaveNothingThatLooksLikeAnHtmlTag(UserLanguage language)
    {
        var samples = ReflectionCardCases.All(language).Where(c => !c.Variant.Equals("variant10", StringComparison.Ordinal) && !c.Variant.Equals("variant11", StringComparison.Ordinal));

        Assert.All(samples, c => Assert.DoesNotMatch(@"<[A-Za-z/]", CardTemplates.Render(c.Template, c.Data).ToJsonString()));
    }

    [Fact]
    public void StepCard_NextButton_CarriesStepAndVersion()
    {
        var card = ReflectionStepCard.Render(UserLanguage.Dutch, ReflectionCardCases.SampleStep).Content;

        var next = Actions(card).Single(a => a["verb"]!.GetValue<string>() == ReflectionVerbs.Next);
        Assert.Equal(2, next["data"]!["step"]!.GetValue<int>());
        Assert.Equal(2, next["data"]!["version"]!.GetValue<int>());
        Assert.Equal("r-sample", next["data"]!["reflectionId"]!.GetValue<string>());
    }

    [Fact]
    public void StepCard_RefusedText_KeepsWhatTheUserTyped()
    {
        var card = ReflectionStepCard.Render(UserLanguage.Dutch, ReflectionCardCases.SampleStep).Content.ToJsonString();

        Assert.Contains("Mevrouw Jansen werd boos", card, StringComparison.Ordinal);
        Assert.Contains("laat weg wat iemand herkenbaar maakt", card, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(UserLanguage.Dutch, "Collegiale consultatie (meldcode stap 2) met duopartner op 15-2-2027; vervolgstap: Advies vragen bij Veilig Thuis (met Veilig Thuis, uiterlijk 22-2-2027).")]
    [InlineData(UserLanguage.English, "Peer consultation (meldcode step 2) with duo partner on 15-2-2027; next step: Advies vragen bij Veilig Thuis (with Veilig Thuis, by 22-2-2027).")]
    public void DossierLine_SharedReflection_NamesConsultationStepDateAndNextStep(UserLanguage language, string expected)
    {
        Assert.Equal(expected, ReflectionTexts.For(language).DossierLine(ReflectionCardCases.Done, ReflectionCardCases.Today));
    }

    [Fact]
    public void DossierLine_PrivateNotStarted_SaysReflectionAndNotStarted()
    {
        var done = ReflectionCardCases.Done with { SharedWith = [], Shared = false, Meldcode = new MeldcodeAnswer(MeldcodeStep.NotStarted, TriState.No, TriState.No) };

        Assert.StartsWith("Reflectie op eigen handelen (meldcode nog niet begonnen) op 15-2-2027;", ReflectionTexts.For(UserLanguage.Dutch).DossierLine(done, ReflectionCardCases.Today), StringComparison.Ordinal);
    }

    [Fact]
    public void SummaryCard_UnsafetyNamed_OffersTheVeiligThuisButtonUntilMarked()
    {
        var open = ReflectionSummaryCard.Render(UserLanguage.Dutch, ReflectionCardCases.Done, ReflectionCardCases.Today, []).Content;
        var marked = ReflectionSummaryCard.Render(UserLanguage.Dutch, ReflectionCardCases.Done with { VeiligThuisContactedAt = ReflectionCardCases.Now }, ReflectionCardCases.Today, []).Content;

        Assert.Contains(Actions(open), a => a["verb"]!.GetValue<string>() == ReflectionVerbs.VeiligThuis);
        Assert.DoesNotContain(Actions(marked), a => a["verb"]!.GetValue<string>() == ReflectionVerbs.VeiligThuis);
        Assert.Contains("Bel nu 112", open.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void StepCard_WeetIkNietOnAcuteUnsafety_ShowsTheNumbersAndTheInDoubtRule(UserLanguage language)
    {
        var en = language == UserLanguage.English;
        var card = ReflectionStepCard.Render(language, new ReflectionStepCardModel(ReflectionCardCases.Doubted with { Step = ReflectionStep.NextStep, CompletedAt = null }, ReflectionCardCases.Today)).Content;
        var texts = Texts(card);

        Assert.Equal(en ? "You're not sure whether there is acute unsafety. Safety comes first:" : "Je weet niet zeker of er acute onveiligheid is. Veiligheid gaat voor:", texts[2]);
        Assert.Equal(en ? "Direct danger? Call 112 now." : "Direct gevaar? Bel nu 112.", texts[3]);
        Assert.Contains("0800\u20112000", texts[4], StringComparison.Ordinal);
        Assert.Equal(en ? "In doubt: ask Veilig Thuis for advice. That can be anonymous." : "Bij twijfel: vraag Veilig Thuis om advies. Dat kan anoniem.", texts[5]);
    }

    [Fact]
    public void SummaryAndNudge_WeetIkNiet_GetTheSameNudgeAsYes()
    {
        var summary = ReflectionSummaryCard.Render(UserLanguage.Dutch, ReflectionCardCases.Doubted, ReflectionCardCases.Today, []).Content;
        var nudge = ReflectionNudgeCard.Render(UserLanguage.Dutch, ReflectionCardCases.Doubted).Content;

        Assert.Contains(Actions(summary), a => a["verb"]!.GetValue<string>() == ReflectionVerbs.VeiligThuis);
        Assert.Contains("Bij direct gevaar: bel 112. Bij twijfel: vraag Veilig Thuis om advies.", Texts(summary).Single(t => t.StartsWith("Je weet niet zeker of er acute of structurele", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains(Texts(nudge), t => t.Contains("De meldcode zegt: Bij twijfel: vraag Veilig Thuis om advies.", StringComparison.Ordinal));
        Assert.Contains("Direct gevaar? Bel nu 112.", Texts(nudge));
        Assert.DoesNotContain(Texts(nudge), t => t.Contains("professionele norm", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(ViolenceForm.HonourRelated, "Eergerelateerd geweld: ")]
    [InlineData(ViolenceForm.ForcedMarriage, "Huwelijksdwang of achterlating: ")]
    [InlineData(ViolenceForm.GenitalMutilation, "Vrouwelijke genitale verminking (VGV): ")]
    public void StepCards_FormWhereTalkingRaisesTheDanger_SayConsultAnExpertFirstOnTheNextCardAndAtMeldcodeStep3(ViolenceForm form, string start)
    {
        var casus = ReflectionCardCases.Open.Casus! with { Form = form };
        var next = Texts(ReflectionStepCard.Render(UserLanguage.Dutch, new ReflectionStepCardModel(ReflectionCardCases.Open with { Casus = casus }, ReflectionCardCases.Today)).Content);
        var atStep3 = Texts(ReflectionStepCard.Render(UserLanguage.Dutch, new ReflectionStepCardModel(
            ReflectionCardCases.Done with { Casus = casus, Meldcode = new MeldcodeAnswer(MeldcodeStep.ClientConversation, TriState.No, TriState.No), Step = ReflectionStep.NextStep, CompletedAt = null },
            ReflectionCardCases.Today)).Content);
        var expected = start + "Een gesprek met de cliënt kan het gevaar dan vergroten. Raadpleeg vóór elk gesprek eerst een deskundige — Veilig Thuis of je aandachtsfunctionaris — en voer het nooit alleen.";

        Assert.Contains(expected, next);
        Assert.Contains(expected, atStep3);
    }

    [Fact]
    public void StepCard_OtherForm_SaysNothingAboutAnExpertFirst()
    {
        var texts = Texts(ReflectionStepCard.Render(UserLanguage.Dutch, new ReflectionStepCardModel(ReflectionCardCases.Open, ReflectionCardCases.Today)).Content);

        Assert.DoesNotContain(texts, t => t.Contains("Raadpleeg vóór elk gesprek", StringComparison.Ordinal));
    }

    [Fact]
    public void MeldcodeStep3_General_NamesVgvWithTheFormsThatNeedAnExpertFirst()
    {
        var text = MeldcodeStepCard.Render(Domain.Meldcode.MeldcodeStep.ClientConversation, null, UserLanguage.Dutch).Content.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        Assert.Contains("eergerelateerd geweld, huwelijksdwang of achterlating, vrouwelijke genitale verminking (VGV), dwingende controle of seksueel geweld? Raadpleeg dan eerst een deskundige.", text, StringComparison.Ordinal);
    }

    /// <summary>Every text block the card shows, in order (expanded, so hidden blocks are gone).</summary>
    private static List<string> Texts(JsonNode node) => node switch
    {
        JsonObject obj when obj["type"]?.GetValue<string>() == "TextBlock" => [obj["text"]!.GetValue<string>()],
        JsonObject obj => [.. obj.Where(p => p.Key != "actions").SelectMany(p => p.Value is null ? [] : Texts(p.Value))],
        JsonArray array => [.. array.SelectMany(i => i is null ? [] : Texts(i))],
        _ => [],
    };

    private static List<JsonObject> Actions(JsonNode node) => node switch
    {
        JsonObject obj when obj["type"]?.GetValue<string>() is "Action.Execute" => [obj],
        JsonObject obj => [.. obj.SelectMany(p => p.Value is null ? [] : Actions(p.Value))],
        JsonArray array => [.. array.SelectMany(i => i is null ? [] : Actions(i))],
        _ => [],
    };
}
