using System.Net;
using Azure.Identity;
using BreedBot.Connector.Client;
using Microsoft.Extensions.Logging.Abstractions;

namespace BreedBot.Connector.Tests.Client;

public sealed class BotTokenHandlerTests
{
    private readonly RecordingHandler _inner = new();
    private readonly CountingTokenProvider _tokens = new("token-123");
    private readonly ServiceUrlPolicy _policy = new(["smba.trafficmanager.net", "*.botframework.com", "127.0.0.1", "localhost", "::1"]);

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/v3/conversations")]
    [InlineData("https://europe.botframework.com/v3/conversations")]
    public async Task SendAsync_HttpsAllowedHost_AddsBearerToken(string url)
    {
        using var invoker = Invoker(_tokens);

        await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, url), CancellationToken.None);

        var sent = Assert.Single(_inner.Requests);
        Assert.Equal("Bearer", sent.Headers.Authorization?.Scheme);
        Assert.Equal("token-123", sent.Headers.Authorization?.Parameter);
    }

    [Theory]
    [InlineData("https://connector.evil.example/v3/conversations")]
    [InlineData("https://botframework.com.evil.example/v3/conversations")]
    [InlineData("http://smba.trafficmanager.net/emea/v3/conversations")]
    [InlineData("http://127.0.0.2:5000/v3/conversations")]
    public async Task SendAsync_HostNotAllowed_RefusesWithoutCallingOrAskingForAToken(string url)
    {
        using var invoker = Invoker(_tokens);

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, url), CancellationToken.None));

        Assert.Equal(ConnectorErrorKind.ServiceUrlNotAllowed, error.Kind);
        Assert.Empty(_inner.Requests);
        Assert.Equal(0, _tokens.Calls);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000/v3/conversations")]
    [InlineData("http://localhost:56150/v3/conversations")]
    [InlineData("https://[::1]:5001/v3/conversations")]
    public async Task SendAsync_LoopbackHost_SendsWithoutAuthorization(string url)
    {
        using var invoker = Invoker(_tokens);
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new("Bearer", "smuggled");

        await invoker.SendAsync(request, CancellationToken.None);

        Assert.Null(Assert.Single(_inner.Requests).Headers.Authorization);
        Assert.Equal(0, _tokens.Calls);
    }

    [Fact]
    public async Task SendAsync_NoIdentity_SendsWithoutAuthorization()
    {
        using var invoker = Invoker(new CountingTokenProvider(null));

        await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, "https://smba.trafficmanager.net/emea/v3/teams/x"), CancellationToken.None);

        Assert.Null(Assert.Single(_inner.Requests).Headers.Authorization);
    }

    [Fact]
    public async Task SendAsync_CredentialFails_ThrowsUnauthorizedWithoutSending()
    {
        using var invoker = Invoker(new FailingTokenProvider());

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, "https://smba.trafficmanager.net/emea/v3/teams/x"), CancellationToken.None));

        Assert.Equal(ConnectorErrorKind.Unauthorized, error.Kind);
        Assert.IsType<AuthenticationFailedException>(error.InnerException);
        Assert.Empty(_inner.Requests);
    }

    private HttpMessageInvoker Invoker(IBotTokenProvider tokens) =>
        new(new BotTokenHandler(tokens, _policy, NullLogger<BotTokenHandler>.Instance) { InnerHandler = _inner });

    private sealed class RecordingHandler : HttpMessageHandler
    {
        public List<HttpRequestMessage> Requests { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add(request);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK));
        }
    }

    private sealed class FailingTokenProvider : IBotTokenProvider
    {
        public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) =>
            throw new AuthenticationFailedException("token endpoint refused");
    }

    private sealed class CountingTokenProvider(string? token) : IBotTokenProvider
    {
        public int Calls { get; private set; }

        public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
        {
            Calls++;
            return ValueTask.FromResult(token);
        }
    }
}
