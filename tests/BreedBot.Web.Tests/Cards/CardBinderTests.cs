using System.Text.Json.Nodes;
using BreedBot.Web.Cards;

namespace BreedBot.Web.Tests.Cards;

/// <summary>
/// The binder's own behaviour, in particular where it is deliberately stricter than the official
/// package (which the conformance tests compare for everything valid).
/// </summary>
public sealed class CardBinderTests
{
    private static JsonNode? Expand(string template, string data) =>
        CardBinder.Expand(JsonNode.Parse(template)!, JsonNode.Parse(data)!);

    [Fact]
    public void Expand_Interpolation_InsertsValue()
    {
        Assert.Equal("Hallo Ann!", Expand("""{ "t": "Hallo ${name}!" }""", """{ "name": "Ann" }""")!["t"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("\"}{\"")]
    [InlineData("${name}")]
    [InlineData("${$root.secret}")]
    [InlineData("\\\" , \"x\": \"")]
    [InlineData("Zoë 👩🏽‍⚕️ 名前")]
    [InlineData("line\nbreak\t</script>")]
    public void Expand_HostileValue_ArrivesLiterallyAndIsNotReExpanded(string value)
    {
        var data = new JsonObject { ["name"] = value, ["secret"] = "LEAK" };

        var card = CardBinder.Expand(JsonNode.Parse("""{ "a": "${name}", "b": "<${name}>" }""")!, data)!;

        Assert.Equal(value, card["a"]!.GetValue<string>());
        Assert.Equal($"<{value}>", card["b"]!.GetValue<string>());
        Assert.DoesNotContain("LEAK", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(2, card.AsObject().Count);
    }

    [Fact]
    public void Expand_WholeStringPlaceholder_KeepsType()
    {
        var card = Expand("""{ "n": "${n}", "b": "${b}", "o": "${o}", "a": "${a}" }""", """{ "n": 3, "b": true, "o": { "x": 1 }, "a": [1, 2] }""")!;

        Assert.Equal(3, card["n"]!.GetValue<int>());
        Assert.True(card["b"]!.GetValue<bool>());
        Assert.Equal(1, card["o"]!["x"]!.GetValue<int>());
        Assert.Equal(2, card["a"]!.AsArray().Count);
    }

    [Fact]
    public void Expand_DataArray_RepeatsElementWithIndex()
    {
        var card = Expand("""{ "l": [ { "$data": "${items}", "t": "${$index}:${name}" } ] }""", """{ "items": [ { "name": "a" }, { "name": "b" } ] }""")!;

        Assert.Equal(["0:a", "1:b"], card["l"]!.AsArray().Select(i => i!["t"]!.GetValue<string>()));
    }

    [Fact]
    public void Expand_DataObject_RebindsScopeAndKeepsRoot()
    {
        var card = Expand("""{ "x": { "$data": "${p}", "a": "${name}", "r": "${$root.name}" } }""", """{ "name": "root", "p": { "name": "inner" } }""")!;

        Assert.Equal("inner", card["x"]!["a"]!.GetValue<string>());
        Assert.Equal("root", card["x"]!["r"]!.GetValue<string>());
        Assert.Null(card["x"]!["$data"]);
    }

    [Fact]
    public void Expand_WhenFalse_RemovesElement()
    {
        var card = Expand("""{ "l": [ { "$when": "${show}", "v": 1 }, { "$when": "${!show}", "v": 2 } ] }""", """{ "show": false }""")!;

        var kept = Assert.Single(card["l"]!.AsArray());
        Assert.Equal(2, kept!["v"]!.GetValue<int>());
        Assert.False(kept.AsObject().ContainsKey("$when"));
    }

    [Theory]
    [InlineData("""{ "t": "${missing}" }""", "missing")]
    [InlineData("""{ "t": "a ${p.missing} b" }""", "p.missing")]
    [InlineData("""{ "t": "${list[5]}" }""", "list[5]")]
    [InlineData("""{ "t": "${nothing}" }""", "nothing")]
    [InlineData("""{ "t": "${$index}" }""", "$index")]
    [InlineData("""{ "l": [ { "$data": "${missing}", "v": 1 } ] }""", "missing")]
    [InlineData("""{ "l": [ { "$when": "${missing}", "v": 1 } ] }""", "missing")]
    public void Expand_UnboundPath_ThrowsNamingPath(string template, string path)
    {
        var error = Assert.Throws<CardBindingException>(() => Expand(template, """{ "p": {}, "list": [1], "nothing": null }"""));

        Assert.Equal(path, error.Path);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "t": "${count(items)}" }""")]
    [InlineData("""{ "t": "${a + b}" }""")]
    [InlineData("""{ "t": "${$host.x}" }""")]
    [InlineData("""{ "t": "${a" }""")]
    [InlineData("""{ "t": "\\${a}" }""")]
    [InlineData("""{ "t": "text with ${o} object" }""")]
    [InlineData("""{ "l": [ { "$when": "${a}", "v": 1 } ] }""")]
    [InlineData("""{ "l": [ { "$when": true, "v": 1 } ] }""")]
    [InlineData("""{ "l": [ { "$when": "${true}", "v": 1 } ] }""")]
    [InlineData("""{ "l": [ { "$data": { "a": 1 }, "v": 1 } ] }""")]
    public void Expand_UnsupportedOrSuspectSyntax_Throws(string template)
    {
        Assert.Throws<CardBindingException>(() => Expand(template, """{ "a": "text", "b": "x", "o": { "x": 1 }, "items": [] }"""));
    }

    [Fact]
    public void Expand_Template_IsNotModified()
    {
        var template = JsonNode.Parse("""{ "l": [ { "$data": "${items}", "$when": "${show}", "t": "${name}" } ] }""")!;
        var before = template.ToJsonString();

        CardBinder.Expand(template, JsonNode.Parse("""{ "items": [ { "name": "a", "show": true } ] }""")!);

        Assert.Equal(before, template.ToJsonString());
    }

    [Fact]
    public void Expand_DataValue_IsCopiedNotShared()
    {
        var data = JsonNode.Parse("""{ "o": { "x": 1 } }""")!;

        var card = CardBinder.Expand(JsonNode.Parse("""{ "a": "${o}" }""")!, data)!;
        card["a"]!["x"] = 2;

        Assert.Equal(1, data["o"]!["x"]!.GetValue<int>());
    }
}
