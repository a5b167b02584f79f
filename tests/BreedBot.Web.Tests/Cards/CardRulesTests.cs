using System.Text.Json.Nodes;
using BreedBot.Web.Cards;

namespace BreedBot.Web.Tests.Cards;

public sealed class CardRulesTests
{
    public static TheoryData<string> CardIds() => CardCases.Ids();

    [Theory]
    [MemberData(nameof(CardIds))]
    public void Violations_EveryCard_None(string id)
    {
        var card = CardCases.All[id];

        var rendered = CardBinder.Expand(card.Template, card.Data)!;

        Assert.Empty(CardRules.Violations(rendered));
    }

    [Theory]
    [MemberData(nameof(CardIds))]
    public void Template_EveryCard_DeclaresSchemaAndVersion(string id)
    {
        var template = CardCases.All[id].Template;

        Assert.Equal("http://adaptivecards.io/schemas/adaptive-card.json", template["$schema"]?.GetValue<string>());
        Assert.Equal("1.5", template["version"]?.GetValue<string>());
    }

    [Theory]
    [InlineData("""{ "type": "Action.Submit", "title": "Go" }""")]
    [InlineData("""{ "type": "Action.Submit", "title": "Go", "data": { "step": 1 } }""")]
    [InlineData("""{ "type": "Action.Execute", "title": "Go", "data": { "verb": "" } }""")]
    [InlineData("""{ "type": "Action.Submit", "title": "Go", "data": { "verb": "x", "msteams": { "type": "imBack" } } }""")]
    [InlineData("""{ "type": "Action.Submit", "title": "Go", "data": { "verb": "x", "extra": [ { "msteams": {} } ] } }""")]
    public void Violations_BadSubmitData_Reported(string action)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["body"] = new JsonArray(new JsonObject { ["type"] = "ActionSet", ["actions"] = new JsonArray(JsonNode.Parse(action)) }),
        };

        Assert.Single(CardRules.Violations(card));
    }

    [Fact]
    public void Violations_WrongVersion_Reported()
    {
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.6" };

        Assert.Equal(["version is not 1.5"], CardRules.Violations(card));
    }

    [Fact]
    public void Violations_PlainSubmitWithVerb_None()
    {
        var card = JsonNode.Parse("""{ "type": "AdaptiveCard", "version": "1.5", "actions": [ { "type": "Action.Submit", "title": "Go", "data": { "verb": "reflection.next", "step": 2 } } ] }""")!;

        Assert.Empty(CardRules.Violations(card));
    }
}
