using System.Text.Json.Nodes;
using BreedBot.Domain.Meldcode;
using BreedBot.Domain.Pairing;
using BreedBot.Testing;
using BreedBot.Web.CourageStories;
using BreedBot.Web.DuoWeeks;
using BreedBot.Web.Help;
using BreedBot.Web.Installation;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;
using BreedBot.Web.Meldcode;
using BreedBot.Web.Members;
using BreedBot.Web.MyData;
using BreedBot.Web.Pairing;
using BreedBot.Web.Settings;
using BreedBot.Web.Summaries;
using BreedBot.Web.Tests.Meldcode;
using BreedBot.Web.Tests.Reflections;

using BreedBot.Web.Tests.Pairing;

namespace BreedBot.Web.Tests.Cards;

public sealed class CardFactoryTests
{
    public static TheoryData<UserLanguage> Languages() => [UserLanguage.Dutch, UserLanguage.English];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Summary_AnyInput_NonEmptySameAndContentFree(UserLanguage language)
    {
        var personal = CardCases.FirstNames.Select(name => WelcomePersonalCard.Render(language, name).Summary).Distinct().ToList();
        var summaries = new[] { HelpCard.Render(language).Summary, WelcomeTeamCard.Render(language).Summary, Assert.Single(personal) };

        Assert.All(summaries, summary =>
        {
            Assert.False(string.IsNullOrWhiteSpace(summary));
            Assert.DoesNotContain("${", summary, StringComparison.Ordinal);
            Assert.DoesNotContain("Alex", summary, StringComparison.Ordinal);
            Assert.StartsWith("BreedBot", summary, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Summary_Languages_Differ()
    {
        Assert.Equal("BreedBot: hulp", HelpCard.Render(UserLanguage.Dutch).Summary);
        Assert.Equal("BreedBot: help", HelpCard.Render(UserLanguage.English).Summary);
        Assert.NotEqual(WelcomeTeamCard.Render(UserLanguage.Dutch).Summary, WelcomeTeamCard.Render(UserLanguage.English).Summary);
    }

    [Fact]
    public void Render_SameLanguageTwice_ReturnsIndependentEqualContent()
    {
        var first = HelpCard.Render(UserLanguage.Dutch);
        var second = HelpCard.Render(UserLanguage.Dutch);
        first.Content["body"]!.AsArray().Clear();

        Assert.NotEmpty(second.Content["body"]!.AsArray());
        Assert.NotEmpty(HelpCard.Render(UserLanguage.Dutch).Content["body"]!.AsArray());
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Render_EveryFactory_HasNoUnexpandedPlaceholder(UserLanguage language)
    {
        var cards = new[] { HelpCard.Render(language), WelcomeTeamCard.Render(language), WelcomePersonalCard.Render(language, "Alex") };

        Assert.All(cards, card => Assert.DoesNotContain("${", card.Content.ToJsonString(), StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Render_OurOwnTexts_HaveNothingThatLooksLikeAnHtmlTag(UserLanguage language)
    {
        // Renderers drop "<datum>" as an unknown tag: the help card once showed "pauze tot ·".
        var cards = new[]
        {
            HelpCard.Render(language), WelcomeTeamCard.Render(language), WelcomePersonalCard.Render(language, "Alex"),
            JoinCard.Render(language, CardCases.SampleJoin), ProfileCard.Render(language, CardCases.SampleProfile), DuoCard.Render(language, CardCases.DuoVariants[0]),
            MyDataCard.Render(language, CardCases.MyDataVariants[0].Kinds),
            SummaryCard.Render(language, CardCases.SummaryVariants[0].Summary, CardCases.SummaryVariants[0].Tip, []),
            CourageCard.Render(language, CardCases.CourageVariants[0]), CouragePreviewCard.Render(language, "19:t@thread.tacv2", "Wijkteam Noord", "Ik sprak mijn twijfel uit."),
            SettingsCard.Render(language, CardCases.SampleSettings), PoolSettingsCard.Render(language, CardCases.SamplePool), AandachtsfunctionarisCard.Render(language, "19:x@thread.tacv2", "Wijkteam Noord"),
            SwapCard.Render(language, SwapCardCases.Sample),
        };

        Assert.All(cards, card => Assert.DoesNotMatch(@"<[A-Za-z/]", CardText.AllStrings(card.Content)));
    }

    [Fact]
    public void SampleData_EveryFactory_EqualsDutchRuntimeData()
    {
        // The samples are what the Designer shows; keeping them equal to the runtime data means
        // what a designer sees is what a Dutch user gets.
        var runtime = new Dictionary<string, JsonNode>
        {
            [HelpCard.TemplateName] = HelpCard.Data(UserLanguage.Dutch),
            [WelcomeTeamCard.TemplateName] = WelcomeTeamCard.Data(UserLanguage.Dutch),
            [WelcomePersonalCard.TemplateName] = WelcomePersonalCard.Data(UserLanguage.Dutch, "Fatima"),
            [JoinCard.TemplateName] = JoinCard.Data(UserLanguage.Dutch, CardCases.SampleJoin),
            [ProfileCard.TemplateName] = ProfileCard.Data(UserLanguage.Dutch, CardCases.SampleProfile),
            [NoticeCard.TemplateName] = NoticeCard.Data(UserLanguage.Dutch, CardCases.SampleNoticeTitle, CardCases.SampleNoticeLines),
            [DuoCard.TemplateName] = DuoCard.Data(UserLanguage.Dutch, CardCases.DuoVariants[0]),
            [ConfirmCard.TemplateName] = CardCases.SampleConfirm,
            [SummaryCard.TemplateName] = SummaryCard.Data(UserLanguage.Dutch, CardCases.SummaryVariants[0].Summary, CardCases.SummaryVariants[0].Tip, CardCases.SummaryVariants[0].Stories),
            [CourageCard.TemplateName] = CourageCard.Data(UserLanguage.Dutch, CardCases.CourageVariants[0]),
            [CouragePreviewCard.TemplateName] = CouragePreviewCard.Data(UserLanguage.Dutch, CardCases.SampleCouragePreview.TeamId, CardCases.SampleCouragePreview.TeamName, CardCases.SampleCouragePreview.Story),
            [MyDataCard.TemplateName] = MyDataCard.Data(UserLanguage.Dutch, CardCases.MyDataVariants[0].Kinds, CardCases.MyDataVariants[0].Note),
            [MyDataExportCard.TemplateName] = MyDataExportCard.Data(UserLanguage.Dutch, CardCases.SampleExport.Title, CardCases.SampleExport.Blocks),
            [DuoReminderCard.TemplateName] = DuoReminderCard.Data(UserLanguage.Dutch, CardCases.ReminderVariants[0]),
            [MeldcodeCard.TemplateName] = MeldcodeCard.Data(UserLanguage.Dutch),
            [MeldcodeStepCard.TemplateName] = MeldcodeStepCard.Data(MeldcodeStep.Consultation, Beroepscluster.Arts, UserLanguage.Dutch, "r-2027-001"),
            [KaderCard.TemplateName] = KaderCard.Data(Afwegingskader.Answer(KaderQuestion.Vermoeden, true), KaderQuestion.AcuutOfStructureel, UserLanguage.Dutch, null),
            [AcuteCard.TemplateName] = AcuteCard.Data(UserLanguage.Dutch, AcuteCardCases.Sample),
            [SettingsCard.TemplateName] = SettingsCard.Data(UserLanguage.Dutch, CardCases.SampleSettings),
            [QuietWeeksCard.TemplateName] = QuietWeeksCard.Data(UserLanguage.Dutch, CardCases.SampleQuietWeeks),
            [PoolSettingsCard.TemplateName] = PoolSettingsCard.Data(UserLanguage.Dutch, CardCases.SamplePool),
            [AandachtsfunctionarisCard.TemplateName] = AandachtsfunctionarisCard.Data(UserLanguage.Dutch, "19:wijkteam-noord@thread.tacv2", "Wijkteam Noord"),
            [SwapCard.TemplateName] = SwapCard.Data(UserLanguage.Dutch, SwapCardCases.Sample),
        };
        foreach (var (name, data) in ReflectionCardCases.DutchSamples())
        {
            runtime[name] = data;
        }

        Assert.Equal(CardCases.TemplateNames(), runtime.Keys.Order(StringComparer.Ordinal));
        Assert.All(runtime, pair =>
            Assert.True(JsonNode.DeepEquals(CardCases.ReadJson(Path.Combine(RepoPaths.Cards, pair.Key + ".data.json")), pair.Value), pair.Key));
    }
}
