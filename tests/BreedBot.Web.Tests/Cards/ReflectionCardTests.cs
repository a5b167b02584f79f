using System.Text.Json.Nodes;
using BreedBot.Domain.Reflections;
using BreedBot.Web.Cards;
using BreedBot.Web.Localization;
using BreedBot.Web.Reflections;

namespace BreedBot.Web.Tests.Cards;

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

        var next = Actions(card).Single(a => a["verb"]!.GetValue<string>() == ReflectionStepCard.NextVerb);
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
    [InlineData(UserLanguage.Dutch, "Collegiale consultatie (meldcode stap 2) met duo-partner op 15-2-2027; vervolgstap: Advies vragen bij Veilig Thuis (met Veilig Thuis, uiterlijk 22-2-2027).")]
    [InlineData(UserLanguage.English, "Peer consultation (meldcode step 2) with duo partner on 15-2-2027; next step: Advies vragen bij Veilig Thuis (with Veilig Thuis, by 22-2-2027).")]
    public void DossierLine_SharedReflection_NamesConsultationStepDateAndNextStep(UserLanguage language, string expected)
    {
        Assert.Equal(expected, DossierLine.For(ReflectionCardCases.Done, ReflectionCardCases.Today, language == UserLanguage.English));
    }

    [Fact]
    public void DossierLine_PrivateNotStarted_SaysReflectionAndNotStarted()
    {
        var done = ReflectionCardCases.Done with { SharedWith = [], Shared = false, Meldcode = new MeldcodeAnswer(MeldcodeStage.NotStarted, TriState.No, TriState.No) };

        Assert.StartsWith("Reflectie op eigen handelen (meldcode nog niet begonnen) op 15-2-2027;", DossierLine.For(done, ReflectionCardCases.Today, en: false), StringComparison.Ordinal);
    }

    [Fact]
    public void SummaryCard_UnsafetyNamed_OffersTheVeiligThuisButtonUntilMarked()
    {
        var open = ReflectionSummaryCard.Render(UserLanguage.Dutch, ReflectionCardCases.Done, ReflectionCardCases.Today, []).Content;
        var marked = ReflectionSummaryCard.Render(UserLanguage.Dutch, ReflectionCardCases.Done with { VeiligThuisContactedAt = ReflectionCardCases.Now }, ReflectionCardCases.Today, []).Content;

        Assert.Contains(Actions(open), a => a["verb"]!.GetValue<string>() == ReflectionSummaryCard.VeiligThuisVerb);
        Assert.DoesNotContain(Actions(marked), a => a["verb"]!.GetValue<string>() == ReflectionSummaryCard.VeiligThuisVerb);
        Assert.Contains("Bel nu 112", open.ToJsonString(), StringComparison.Ordinal);
    }

    private static List<JsonObject> Actions(JsonNode node) => node switch
    {
        JsonObject obj when obj["type"]?.GetValue<string>() is "Action.Execute" => [obj],
        JsonObject obj => [.. obj.SelectMany(p => p.Value is null ? [] : Actions(p.Value))],
        JsonArray array => [.. array.SelectMany(i => i is null ? [] : Actions(i))],
        _ => [],
    };
}
