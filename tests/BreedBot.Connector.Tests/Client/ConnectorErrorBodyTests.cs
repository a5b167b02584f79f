using BreedBot.Connector.Client;

namespace BreedBot.Connector.Tests.Client;

public sealed class ConnectorErrorBodyTests
{
    [Theory]
    [InlineData("""{"error":{"code":"ConversationBlockedByUser","message":"User blocked the conversation with the bot."}}""", "ConversationBlockedByUser")]
    [InlineData("""{"errorCode":209,"message":{"subCode":"MessageWritesBlocked","details":"blocked"}}""", "MessageWritesBlocked")]
    [InlineData("""{"errorCode":209,"message":"{\"subCode\":\"MessageWritesBlocked\"}"}""", "MessageWritesBlocked")]
    [InlineData("""{"errorCode":209,"message":"not json"}""", "209")]
    [InlineData("""{"error":{"code":"has spaces and user text","message":"x"}}""", null)]
    [InlineData("""[1,2,3]""", null)]
    [InlineData("""not json at all""", null)]
    [InlineData("", null)]
    public void ReadCode_Body_ReadsOnlyAnIdentifierCode(string body, string? expected)
    {
        Assert.Equal(expected, ConnectorErrorBody.ReadCode(body));
    }
}
