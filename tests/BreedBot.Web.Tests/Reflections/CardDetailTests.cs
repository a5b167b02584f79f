using System.Text.Json.Nodes;
using BreedBot.Domain.Reflections;
using BreedBot.Web.Cards;
using BreedBot.Web.Help;
using BreedBot.Web.Localization;
using BreedBot.Web.MyData;
using BreedBot.Web.Reflections;
using BreedBot.Web.Tests.Cards;

namespace BreedBot.Web.Tests.Reflections;

/// <summary>Small things on cards that surprised people: sharing without a partner, a required choice that looked optional, the delete question, a phone number broken over two lines, the list's main button.</summary>
public sealed class CardDetailTests
{
    private static readonly Reflection AtShare = ReflectionCardCases.Open with { Step = ReflectionStep.Share };

    [Theory]
    [InlineData(UserLanguage.Dutch, "Je hebt nu geen duopartner, dus deze reflectie blijft bij jou.")]
    [InlineData(UserLanguage.English, "You have no duo partner right now, so this reflection stays with you.")]
    public void Step8_NoDuoPartner_OffersOnlyKeepingItToYourself(UserLanguage language, string intro)
    {
        var card = ReflectionStepCard.Render(language, new ReflectionStepCardModel(AtShare, ReflectionCardCases.Today, PartnerNames: []));

        var share = Input(card.Content, "share");
        Assert.Equal(["Private"], share["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>()));
        Assert.Equal("Private", share["value"]!.GetValue<string>());
        Assert.Contains(intro, CardText.AllText(card.Content));
    }

    [Fact]
    public void Step8_WithADuoPartner_OffersSharing()
    {
        var card = ReflectionStepCard.Render(UserLanguage.Dutch, new ReflectionStepCardModel(AtShare, ReflectionCardCases.Today, PartnerNames: ["Sam"]));

        Assert.Equal(["Share", "Private"], Input(card.Content, "share")["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData(UserLanguage.Dutch, "Hoe sterk is het? (verplicht)", "Kies 1 tot 5")]
    [InlineData(UserLanguage.English, "How strong is it? (required)", "Choose 1 to 5")]
    public void Step2_Strength_ShowsAsRequired(UserLanguage language, string label, string placeholder)
    {
        var card = ReflectionStepCard.Render(language, new ReflectionStepCardModel(ReflectionCardCases.Open with { Step = ReflectionStep.Discomfort }, ReflectionCardCases.Today));

        var strength = Input(card.Content, "strength");
        Assert.Equal(label, strength["label"]!.GetValue<string>());
        Assert.Equal(placeholder, strength["placeholder"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(UserLanguage.Dutch, "je reflecties", "je moedige momenten")]
    [InlineData(UserLanguage.English, "your reflections", "your courage stories")]
    public void DeleteQuestion_NamesReflectionsAndCourageStories(UserLanguage language, string reflections, string stories)
    {
        var text = CardText.AllText(MyDataHandler.DeleteQuestion(language).Content);

        Assert.Contains(reflections, text);
        Assert.Contains(stories, text);
    }

    [Fact]
    public void EveryCard_VeiligThuisNumber_NeverBreaksAcrossLines()
    {
        var rendered = CardCases.All.Values.Select(c => (c.Id, Text: CardTemplates.Render(NameOf(c.Id), c.Data).ToJsonString(Unescaped))).ToList();

        Assert.All(rendered, r => Assert.DoesNotContain("0800-2000", r.Text, StringComparison.Ordinal));
        Assert.Contains(rendered, r => r.Text.Contains("0800\u20112000", StringComparison.Ordinal));
        Assert.Contains("0800\u20112000", CardText.AllText(HelpCard.Render(UserLanguage.Dutch).Content));
    }

    [Theory]
    [InlineData("Bel Veilig Thuis 0800-2000.", "Bel Veilig Thuis 0800\u20112000.")]
    [InlineData("tel:0800-2000", "tel:0800-2000")]
    [InlineData("tel:08002000", "tel:08002000")]
    public void KeepTogether_DisplayTextOnly(string text, string expected) => Assert.Equal(expected, PhoneText.KeepTogether(text));

    [Fact]
    public void OpenReflectionsList_VerderIsThePrimaryAction()
    {
        var card = ReflectionListCard.Render(UserLanguage.Dutch, ReflectionCardCases.ListSample, ReflectionCardCases.Zone).Content;

        var all = Actions(card).ToList();
        Assert.All(all.Where(a => a["verb"]?.GetValue<string>() == "reflection.resume"), a => Assert.Equal("positive", a["style"]?.GetValue<string>()));
        Assert.Null(all.Single(a => a["verb"]?.GetValue<string>() == "reflection.new")["style"]);
    }

    private static readonly System.Text.Json.JsonSerializerOptions Unescaped = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // "factory:help:Dutch" → "help"; "sample:help" → "help".
    private static string NameOf(string id) => id.Split(':')[1];

    private static JsonObject Input(JsonNode node, string id) => Find(node).First(o => o["id"]?.GetValue<string>() == id);

    private static IEnumerable<JsonObject> Actions(JsonNode node) => Find(node).Where(o => o["type"]?.GetValue<string>()?.StartsWith("Action.", StringComparison.Ordinal) == true);

    private static IEnumerable<JsonObject> Find(JsonNode? node) => node switch
    {
        JsonObject obj => [obj, .. obj.SelectMany(p => Find(p.Value))],
        JsonArray array => array.SelectMany(Find),
        _ => [],
    };
}
