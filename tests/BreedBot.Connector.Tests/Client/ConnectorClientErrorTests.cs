using BreedBot.Connector.Client;
using BreedBot.Connector.Schema;
using BreedBot.Testing;

namespace BreedBot.Connector.Tests.Client;

public sealed class ConnectorClientErrorTests : IAsyncLifetime
{
    private ClientScenario _scenario = null!;

    public async Task InitializeAsync() => _scenario = await ClientScenario.StartAsync();

    public async Task DisposeAsync() => await _scenario.DisposeAsync();

    public static TheoryData<string, ConnectorErrorKind, string> TypedErrors() => new()
    {
        { "blocked", ConnectorErrorKind.BlockedByUser, "ConversationBlockedByUser" },
        { "roster", ConnectorErrorKind.BotNotInConversation, "BotNotInConversationRoster" },
        { "admin", ConnectorErrorKind.DisabledByAdmin, "BotDisabledByAdmin" },
        { "notfound", ConnectorErrorKind.NotFound, "ConversationNotFound" },
        { "toobig", ConnectorErrorKind.MessageTooBig, "MessageSizeTooBig" },
    };

    [Theory]
    [MemberData(nameof(TypedErrors))]
    public async Task SendAsync_KnownErrorBody_ThrowsTypedError(string scripted, ConnectorErrorKind kind, string code)
    {
        _scenario.StandIn.Respond(_ => true, scripted switch
        {
            "blocked" => ScriptedResponse.BlockedByUser(),
            "roster" => ScriptedResponse.BotNotInConversation(),
            "admin" => ScriptedResponse.DisabledByAdmin(),
            "notfound" => ScriptedResponse.ConversationNotFound(),
            _ => ScriptedResponse.TooBig(),
        });

        var error = await Assert.ThrowsAsync<ConnectorException>(SendAsync);

        Assert.Equal(kind, error.Kind);
        Assert.Equal(code, error.ErrorCode);
        Assert.Single(_scenario.StandIn.Requests);
    }

    [Fact]
    public async Task SendAsync_ErrorCode209WithJsonInMessageString_BlockedByUser()
    {
        const string body = """{"errorCode":209,"message":"{\r\n  \"subCode\": \"MessageWritesBlocked\",\r\n  \"details\": \"Thread is blocked from message writes.\"\r\n}"}""";
        _scenario.StandIn.Respond(_ => true, new ScriptedResponse(403, body));

        var error = await Assert.ThrowsAsync<ConnectorException>(SendAsync);

        Assert.Equal(ConnectorErrorKind.BlockedByUser, error.Kind);
        Assert.Equal("MessageWritesBlocked", error.ErrorCode);
    }

    [Fact]
    public async Task SendAsync_ErrorCode209WithoutSubCode_OtherWithNumericCode()
    {
        _scenario.StandIn.Respond(_ => true, new ScriptedResponse(403, """{"errorCode":209,"message":"plain text"}"""));

        var error = await Assert.ThrowsAsync<ConnectorException>(SendAsync);

        Assert.Equal(ConnectorErrorKind.Other, error.Kind);
        Assert.Equal("209", error.ErrorCode);
    }

    [Fact]
    public async Task SendAsync_ErrorMessageEchoesUserText_ExceptionCarriesOnlyTheCode()
    {
        const string body = """{"error":{"code":"BadArgument","message":"Invalid text: mijn geheime casus"}}""";
        _scenario.StandIn.Respond(_ => true, new ScriptedResponse(400, body));

        var error = await Assert.ThrowsAsync<ConnectorException>(SendAsync);

        Assert.Equal(ConnectorErrorKind.BadRequest, error.Kind);
        Assert.Equal("BadArgument", error.ErrorCode);
        Assert.DoesNotContain("geheime", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Hoi", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_ErrorBodyNotJson_KindFromStatusAndNoCode()
    {
        _scenario.StandIn.Respond(_ => true, new ScriptedResponse(404, "<html>gone</html>"));

        var error = await Assert.ThrowsAsync<ConnectorException>(SendAsync);

        Assert.Equal(ConnectorErrorKind.NotFound, error.Kind);
        Assert.Null(error.ErrorCode);
    }

    private Task<ResourceResponse> SendAsync() =>
        _scenario.Client.SendAsync(_scenario.ServiceUrl, "a:1", new Activity { Type = ActivityTypes.Message, Text = "Hoi" }, CancellationToken.None);
}
