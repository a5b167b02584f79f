using BreedBot.Connector.Client;
using BreedBot.Connector.Schema;
using BreedBot.Testing;

namespace BreedBot.Connector.Tests.Client;

public sealed class ConnectorClientRetryTests : IAsyncLifetime
{
    private static readonly TimeSpan Bounded = TimeSpan.FromSeconds(10);
    private ClientScenario _scenario = null!;

    public async Task InitializeAsync() => _scenario = await ClientScenario.StartAsync(jitter: 0);

    public async Task DisposeAsync() => await _scenario.DisposeAsync();

    [Fact]
    public async Task SendAsync_ThrottledWithRetryAfter_WaitsExactlyThatLongThenResends()
    {
        _scenario.StandIn.Respond(_ => true, ScriptedResponse.Throttled("2"));

        var send = SendAsync();
        var wait = await _scenario.Time.NextTimerAsync();
        Assert.Equal(TimeSpan.FromSeconds(2), wait);
        _scenario.Time.Advance(TimeSpan.FromMilliseconds(1999));
        Assert.Single(_scenario.StandIn.Requests);
        _scenario.Time.Advance(TimeSpan.FromMilliseconds(1));
        var second = await _scenario.StandIn.WaitForRequestAsync(request => request.Sequence == 2, Bounded);
        var response = await send.WaitAsync(Bounded);

        Assert.Equal(_scenario.StandIn.Requests[0].Body, second.Body);
        Assert.NotNull(response.Id);
    }

    [Fact]
    public async Task SendAsync_ThrottledWithRetryAfterDate_WaitsUntilThatDate()
    {
        var until = _scenario.Time.GetUtcNow().AddSeconds(3);
        _scenario.StandIn.Respond(_ => true, ScriptedResponse.Throttled(until.ToString("R")));

        var send = SendAsync();
        var waits = await _scenario.Time.RunThroughWaitsAsync(send);

        Assert.Equal([TimeSpan.FromSeconds(3)], waits);
        Assert.Equal(2, _scenario.StandIn.Requests.Count);
    }

    [Fact]
    public async Task SendAsync_RetryAfterBeyondBudget_ThrowsThrottledWithoutWaiting()
    {
        _scenario.StandIn.Respond(_ => true, ScriptedResponse.Throttled("120"));

        var error = await Assert.ThrowsAsync<ConnectorException>(SendAsync);

        Assert.Equal(ConnectorErrorKind.Throttled, error.Kind);
        Assert.Equal(TimeSpan.FromSeconds(120), error.RetryAfter);
        Assert.Equal("Throttled", error.ErrorCode);
        Assert.Single(_scenario.StandIn.Requests);
    }

    [Fact]
    public async Task SendAsync_TwoUnavailableAnswers_BacksOffExponentiallyThenSucceeds()
    {
        _scenario.StandIn.Respond(_ => true, ScriptedResponse.Unavailable(), times: 2);

        var send = SendAsync();
        var waits = await _scenario.Time.RunThroughWaitsAsync(send);
        var response = await send;

        // Jitter fixed at 0 takes the lower half-bound: base 1 s · 2^(n-1) · 0.5.
        Assert.Equal([TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1)], waits);
        Assert.Equal(3, _scenario.StandIn.Requests.Count);
        Assert.NotNull(response.Id);
    }

    [Theory]
    [InlineData(408, ConnectorErrorKind.Transient)]
    [InlineData(412, ConnectorErrorKind.Transient)]
    [InlineData(429, ConnectorErrorKind.Throttled)]
    [InlineData(500, ConnectorErrorKind.Transient)]
    [InlineData(502, ConnectorErrorKind.Transient)]
    [InlineData(503, ConnectorErrorKind.Transient)]
    [InlineData(504, ConnectorErrorKind.Transient)]
    public async Task SendAsync_RetryableStatusEveryTime_BacksOffAndStopsAfterMaxAttempts(int status, ConnectorErrorKind kind)
    {
        _scenario.StandIn.Respond(_ => true, new ScriptedResponse(status), times: 100);

        var send = SendAsync();
        var waits = await _scenario.Time.RunThroughWaitsAsync(send);
        var error = await Assert.ThrowsAsync<ConnectorException>(() => send);

        Assert.Equal(kind, error.Kind);
        Assert.Equal(status, (int)error.StatusCode);
        Assert.Equal([TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], waits);
        Assert.Equal(ConnectorRetryPolicy.Default.MaxAttempts, _scenario.StandIn.Requests.Count);
        Assert.Equal(ConnectorRetryPolicy.Default.MaxAttempts - 1, waits.Count);
        Assert.True(waits.Aggregate(TimeSpan.Zero, (sum, wait) => sum + wait) <= ConnectorRetryPolicy.Default.MaxTotalWait);
    }

    [Theory]
    [InlineData(400, ConnectorErrorKind.BadRequest)]
    [InlineData(401, ConnectorErrorKind.Unauthorized)]
    [InlineData(403, ConnectorErrorKind.Other)]
    [InlineData(404, ConnectorErrorKind.NotFound)]
    [InlineData(413, ConnectorErrorKind.MessageTooBig)]
    [InlineData(501, ConnectorErrorKind.Other)]
    public async Task SendAsync_NonRetryableStatus_FailsAfterOneRequest(int status, ConnectorErrorKind kind)
    {
        _scenario.StandIn.Respond(_ => true, new ScriptedResponse(status), times: 100);

        var error = await Assert.ThrowsAsync<ConnectorException>(SendAsync);

        Assert.Equal(kind, error.Kind);
        Assert.Single(_scenario.StandIn.Requests);
    }

    private Task<ResourceResponse> SendAsync() =>
        _scenario.Client.SendAsync(_scenario.ServiceUrl, "a:1", new Activity { Type = ActivityTypes.Message, Text = "Hoi" }, CancellationToken.None);
}
