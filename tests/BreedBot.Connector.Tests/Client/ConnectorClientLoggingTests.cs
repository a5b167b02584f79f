using BreedBot.Connector.Schema;
using BreedBot.Testing;

namespace BreedBot.Connector.Tests.Client;

public sealed class ConnectorClientLoggingTests : IAsyncLifetime
{
    private const string Conversation = "a:private-chat-of-someone";
    private readonly CapturedLogs _logs = new();
    private ClientScenario _scenario = null!;

    public async Task InitializeAsync() => _scenario = await ClientScenario.StartAsync(logs: _logs);

    public async Task DisposeAsync() => await _scenario.DisposeAsync();

    [Fact]
    public async Task ReplyAsync_AtEveryLogLevel_LogsTheOperationButNeitherTheConversationNorItsUrl()
    {
        var reply = new Activity { Type = ActivityTypes.Message, Text = "Hoi" };

        await _scenario.Client.ReplyAsync(_scenario.ServiceUrl, Conversation, "msg-1", reply, CancellationToken.None);

        var records = _logs.Records;
        Assert.Contains(records, r => r.Contains("Operation=reply", StringComparison.Ordinal));
        Assert.DoesNotContain(records, r => r.Contains("private-chat", StringComparison.Ordinal) || r.Contains("/v3/conversations", StringComparison.Ordinal));
    }
}
