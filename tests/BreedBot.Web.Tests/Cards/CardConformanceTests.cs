using System.Text.Json.Nodes;
using BreedBot.Web.Cards;

namespace BreedBot.Web.Tests.Cards;

/// <summary>
/// Our binder against the official npm packages: for every card (template with sample data, and
/// every factory's runtime data in both languages) and every binder feature, our expansion equals
/// adaptivecards-templating's, and adaptivecards parses each card without a single event.
/// Nothing is normalised before comparing.
/// </summary>
public sealed class CardConformanceTests(CardOracleFixture oracle) : IClassFixture<CardOracleFixture>
{
    public static TheoryData<string> CardIds() => CardCases.Ids();

    public static TheoryData<string> FeatureIds() => BinderFeatureCases.Ids();

    [Theory]
    [MemberData(nameof(CardIds))]
    public void Expand_Card_EqualsOfficialExpansion(string id)
    {
        var card = CardCases.All[id];

        var ours = CardBinder.Expand(card.Template, card.Data);

        AssertSameJson(oracle.Result(id).Expanded, ours, id);
    }

    [Theory]
    [MemberData(nameof(CardIds))]
    public void Parse_Card_OfficialParserReportsNoEvents(string id)
    {
        var result = oracle.Result(id);

        Assert.NotNull(result.Expanded);
        Assert.Empty(result.ParseEvents);
    }

    [Theory]
    [MemberData(nameof(FeatureIds))]
    public void Expand_BinderFeature_EqualsOfficialExpansion(string id)
    {
        var feature = BinderFeatureCases.All[id];

        var ours = CardBinder.Expand(feature.Template, feature.Data);

        AssertSameJson(oracle.Result(id).Expanded, ours, id);
    }

    [Fact]
    public void Oracle_EveryTemplateInCardsFolder_IsCovered()
    {
        var expected = CardCases.TemplateNames().Select(name => $"sample:{name}");

        Assert.All(expected, id => Assert.Contains(id, oracle.Results.Keys));
        Assert.NotEmpty(expected);
    }

    [Fact]
    public async Task Oracle_MalformedCard_ReportsParseEvents()
    {
        // Proves the oracle can fail: an unknown element type and an invalid size must be reported.
        var bad = JsonNode.Parse("""{ "type": "AdaptiveCard", "version": "1.5", "body": [ { "type": "Bogus" }, { "type": "TextBlock", "text": "x", "size": "Huge" } ] }""")!;

        var results = await CardOracle.RunAsync([new OracleCase("bad", bad, new JsonObject())]);

        Assert.Equal(2, results["bad"].ParseEvents.Count);
    }

    private static void AssertSameJson(JsonNode? official, JsonNode? ours, string id) =>
        Assert.True(
            JsonNode.DeepEquals(official, ours),
            $"{id}: binder and official package differ.\nofficial: {official?.ToJsonString()}\nours:     {ours?.ToJsonString()}");
}
