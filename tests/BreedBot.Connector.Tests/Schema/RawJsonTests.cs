using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BreedBot.Connector.Schema;

namespace BreedBot.Connector.Tests.Schema;

public sealed class RawJsonTests
{
    // Escaped characters, non-ASCII text, numbers, nulls and nesting: what the tree writer might write differently.
    private static JsonObject Card() => new()
    {
        ["type"] = "AdaptiveCard",
        ["version"] = "1.5",
        ["body"] = new JsonArray(
            new JsonObject { ["type"] = "TextBlock", ["text"] = "Bel 112 of Veilig Thuis 0800\u20112000 — \"direct\" <nu> & één", ["wrap"] = true },
            new JsonObject { ["type"] = "FactSet", ["facts"] = new JsonArray(new JsonObject { ["title"] = "duo", ["value"] = null }) }),
        ["msteams"] = new JsonObject { ["width"] = "Full" },
        ["count"] = 3,
    };

    [Fact]
    public void Of_Card_SameBytesAsTheTreeWrittenByTheWireRules()
    {
        var card = Card();

        var raw = RawJson.Of(card);

        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes<JsonNode>(card, ActivityJson.Options), raw.Utf8.ToArray());
    }

    [Fact]
    public void Node_InAnActivity_ActivityWrittenByteForByteAsWithTheTree()
    {
        var card = Card();
        var withTree = new Activity { Type = ActivityTypes.Message, Summary = "Help", Attachments = [Attachment.AdaptiveCard(card)] };
        var withRaw = new Activity { Type = ActivityTypes.Message, Summary = "Help", Attachments = [Attachment.AdaptiveCard(RawJson.Of(card).Node())] };

        var expected = Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(withTree, ActivityJson.Options));
        var actual = Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(withRaw, ActivityJson.Options));

        Assert.Equal(expected, actual);
        Assert.Contains("\"contentType\":\"application/vnd.microsoft.card.adaptive\"", actual, StringComparison.Ordinal);
    }

    [Fact]
    public void Node_SharedByManyActivities_EachWritesTheWholeValue()
    {
        var node = RawJson.Of(Card()).Node();
        var first = new Activity { Type = ActivityTypes.Message, Attachments = [Attachment.AdaptiveCard(node)] };
        var second = new Activity { Type = ActivityTypes.Message, Attachments = [Attachment.AdaptiveCard(node)] };

        var a = JsonNode.Parse(JsonSerializer.SerializeToUtf8Bytes(first, ActivityJson.Options))!;
        var b = JsonNode.Parse(JsonSerializer.SerializeToUtf8Bytes(second, ActivityJson.Options))!;

        Assert.True(JsonNode.DeepEquals(Card(), a["attachments"]![0]!["content"]));
        Assert.True(JsonNode.DeepEquals(Card(), b["attachments"]![0]!["content"]));
    }

    [Fact]
    public void Of_Card_ParsedBackTheSameTree()
    {
        Assert.True(JsonNode.DeepEquals(Card(), JsonNode.Parse(RawJson.Of(Card()).Utf8.Span)));
    }

    [Fact]
    public void Deserialize_RawJsonValue_WrittenAgainAsReadInTheWireRules()
    {
        var read = JsonSerializer.Deserialize<RawJson>("""{ "a" : [1, "é"] }""", ActivityJson.Options)!;

        Assert.Equal("""{"a":[1,"\u00E9"]}""", Encoding.UTF8.GetString(read.Utf8.Span));
    }
}
