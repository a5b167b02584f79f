using System.Text.Json;
using System.Text.Json.Nodes;
using BreedBot.Connector.Schema;

namespace BreedBot.Connector.Tests.Schema;

public sealed class AdaptiveCardInvokeTests
{
    [Fact]
    public void GetValue_ExecuteInvoke_ReadsVerbDataAndTrigger()
    {
        var activity = JsonSerializer.Deserialize<Activity>("""
            {"type":"invoke","name":"adaptiveCard/action",
             "value":{"action":{"type":"Action.Execute","id":"a1","verb":"claim","data":{"caseId":"c-1"}},"trigger":"manual"}}
            """, ActivityJson.Options)!;

        var value = activity.GetValue<AdaptiveCardInvokeValue>();

        Assert.Equal("claim", value!.Action!.Verb);
        Assert.Equal("c-1", value.Action.Data!.Value.GetProperty("caseId").GetString());
        Assert.Equal("manual", value.Trigger);
    }

    [Fact]
    public void GetValue_NoValue_Null()
    {
        Assert.Null(new Activity().GetValue<AdaptiveCardInvokeValue>());
    }

    [Fact]
    public void Card_Response_SerializesTheCardReplacementShape()
    {
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5" };

        var json = Serialize(AdaptiveCardInvokeResponse.Card(card).ToInvokeResponse().Body);

        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"statusCode":200,"type":"application/vnd.microsoft.card.adaptive","value":{"type":"AdaptiveCard","version":"1.5"}}"""),
            json));
    }

    [Fact]
    public void Message_Response_SerializesTheMessageShape()
    {
        var json = Serialize(AdaptiveCardInvokeResponse.Message("Dank je"));

        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"statusCode":200,"type":"application/vnd.microsoft.activity.message","value":"Dank je"}"""), json));
    }

    [Fact]
    public void Error_Response_SerializesTheErrorShape()
    {
        var json = Serialize(AdaptiveCardInvokeResponse.Error(400, "BadVerb", "Onbekende actie"));

        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"statusCode":400,"type":"application/vnd.microsoft.error","value":{"code":"BadVerb","message":"Onbekende actie"}}"""),
            json));
    }

    private static JsonNode? Serialize(object? body) => JsonNode.Parse(JsonSerializer.Serialize(body, ActivityJson.Options));
}
