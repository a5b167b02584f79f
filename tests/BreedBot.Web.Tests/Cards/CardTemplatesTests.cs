using System.Text.Json.Nodes;
using BreedBot.Testing;
using BreedBot.Web.Cards;
using BreedBot.Web.Installation;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Tests.Cards;

public sealed class CardTemplatesTests
{
    [Fact]
    public void Names_Embedded_MatchTemplatesInCardsFolder()
    {
        Assert.Equal(CardCases.TemplateNames(), CardTemplates.Names.Order(StringComparer.Ordinal));
        Assert.Contains("help", CardTemplates.Names);
    }

    [Fact]
    public void Get_EveryName_EqualsFileOnDisk()
    {
        Assert.All(CardTemplates.Names, name =>
            Assert.True(JsonNode.DeepEquals(CardCases.ReadJson(Path.Combine(RepoPaths.Cards, name + ".json")), CardTemplates.Get(name)), name));
    }

    [Fact]
    public void TemplateFiles_Every_HasSampleData()
    {
        Assert.All(CardCases.TemplateNames(), name =>
            Assert.True(File.Exists(Path.Combine(RepoPaths.Cards, name + ".data.json")), $"{name}.data.json is missing"));
    }

    [Fact]
    public void Get_Twice_ReturnsTheOnceLoadedTemplate()
    {
        Assert.Same(CardTemplates.Get("help"), CardTemplates.Get("help"));
    }

    [Fact]
    public async Task Get_ManyThreads_AllSeeTheSameTemplate()
    {
        var templates = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => CardTemplates.Get("welcome-team"))));

        Assert.All(templates, template => Assert.Same(templates[0], template));
    }

    [Fact]
    public async Task Render_ManyThreadsAtOnce_AllEqual()
    {
        var cards = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Task.Run(() => WelcomeTeamCard.Render(UserLanguage.Dutch).Content)));

        Assert.All(cards, card => Assert.True(JsonNode.DeepEquals(cards[0], card)));
    }

    [Fact]
    public void Get_UnknownName_ThrowsNamingItAndTheKnownOnes()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => CardTemplates.Get("no-such-card"));

        Assert.Contains("no-such-card", error.Message, StringComparison.Ordinal);
        Assert.Contains("help", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_KnownTemplate_LeavesTemplateUnchanged()
    {
        var before = CardTemplates.Get("welcome-personal").ToJsonString();

        CardTemplates.Render("welcome-personal", CardCases.ReadJson(Path.Combine(RepoPaths.Cards, "welcome-personal.data.json")));

        Assert.Equal(before, CardTemplates.Get("welcome-personal").ToJsonString());
    }

    [Fact]
    public void Render_MissingData_ThrowsCardBindingException()
    {
        var error = Assert.Throws<CardBindingException>(() => CardTemplates.Render("help", new JsonObject()));

        Assert.Equal("title", error.Path);
    }
}
