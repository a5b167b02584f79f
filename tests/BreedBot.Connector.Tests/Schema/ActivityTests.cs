using System.Text.Json;
using System.Text.Json.Nodes;
using BreedBot.Connector.Schema;

namespace BreedBot.Connector.Tests.Schema;

public sealed class ActivityTests
{
    private const string TeamsMessage = """
        {
          "type": "message", "id": "1700000000001", "timestamp": "2026-11-28T12:00:00.123+00:00",
          "localTimestamp": "2026-11-28T13:00:00.123+01:00", "serviceUrl": "https://smba.trafficmanager.net/emea/",
          "channelId": "msteams", "from": { "id": "29:user", "name": "Anna", "aadObjectId": "oid-a" },
          "conversation": { "conversationType": "channel", "tenantId": "tenant-1", "id": "19:c@thread.tacv2;messageid=1", "isGroup": true },
          "recipient": { "id": "28:bot", "name": "BreedBot" },
          "text": "<at>BreedBot</at> help", "textFormat": "plain", "locale": "nl-NL",
          "entities": [
            { "type": "mention", "text": "<at>BreedBot</at>", "mentioned": { "id": "28:bot" } },
            { "type": "clientInfo", "locale": "nl-NL", "country": "NL", "platform": "Web", "timezone": "Europe/Amsterdam" }
          ],
          "channelData": {
            "tenant": { "id": "tenant-1" }, "team": { "id": "19:team@thread.tacv2", "name": "Team", "aadGroupId": "g-1" },
            "channel": { "id": "19:c@thread.tacv2" }, "teamsChannelId": "19:c@thread.tacv2"
          },
          "attachments": [ { "contentType": "text/html", "content": "<div>help</div>" } ],
          "somethingNew": { "nested": [1, 2] }
        }
        """;

    [Fact]
    public void Deserialize_TeamsMessage_ReadsKnownFields()
    {
        var activity = Parse(TeamsMessage);

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("oid-a", activity.From!.AadObjectId);
        Assert.Equal("channel", activity.Conversation!.ConversationType);
        Assert.Equal("19:team@thread.tacv2", activity.ChannelData!.Team!.Id);
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 13, 0, 0, 123, TimeSpan.FromHours(1)), activity.LocalTimestamp);
    }

    [Fact]
    public void Serialize_TeamsMessage_KeepsUnknownFieldsEverywhere()
    {
        var roundTripped = JsonNode.Parse(JsonSerializer.Serialize(Parse(TeamsMessage), ActivityJson.Options));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(TeamsMessage), roundTripped), roundTripped!.ToJsonString());
    }

    [Fact]
    public void Serialize_NewActivity_OmitsNullsAndUsesCamelCase()
    {
        var json = JsonSerializer.Serialize(new Activity { Type = ActivityTypes.Typing, ReplyToId = "1" }, ActivityJson.Options);

        Assert.Equal("""{"type":"typing","replyToId":"1"}""", json);
    }

    [Fact]
    public void CreateReply_Message_SwapsPartiesAndThreadsToTheIncomingId()
    {
        var reply = Parse(TeamsMessage).CreateReply("Hoi");

        Assert.Equal("28:bot", reply.From!.Id);
        Assert.Equal("29:user", reply.Recipient!.Id);
        Assert.Equal("19:c@thread.tacv2;messageid=1", reply.Conversation!.Id);
        Assert.Equal("1700000000001", reply.ReplyToId);
        Assert.Equal("nl-NL", reply.Locale);
        Assert.Equal("Hoi", reply.Text);
        Assert.Equal(ActivityTypes.Message, reply.Type);
    }

    [Fact]
    public void GetTenantId_OnlyChannelDataTenant_FallsBackToChannelData()
    {
        var activity = Parse(TeamsMessage);
        activity.Conversation!.TenantId = null;

        Assert.Equal("tenant-1", activity.GetTenantId());
    }

    [Fact]
    public void GetClientTimezone_ClientInfoEntity_ReadsTimezone()
    {
        Assert.Equal("Europe/Amsterdam", Parse(TeamsMessage).GetClientTimezone());
        Assert.Null(new Activity().GetClientTimezone());
    }

    [Fact]
    public void GetTextWithoutMentions_MentionedBot_StripsTheMention()
    {
        Assert.Equal("help", Parse(TeamsMessage).GetTextWithoutMentions());
    }

    [Fact]
    public void Deserialize_UnknownActivityType_IsKeptAsIs()
    {
        var activity = Parse("""{"type":"somethingFromTheFuture","id":"1"}""");

        Assert.Equal("somethingFromTheFuture", activity.Type);
    }

    private static Activity Parse(string json) => JsonSerializer.Deserialize<Activity>(json, ActivityJson.Options)!;
}
