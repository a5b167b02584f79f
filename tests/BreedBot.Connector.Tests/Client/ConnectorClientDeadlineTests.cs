using BreedBot.Connector.Client;
using BreedBot.Connector.Schema;
using BreedBot.Testing;

namespace BreedBot.Connector.Tests.Client;

/// <summary>Every call has its own deadline (Bot:CallTimeout, 4 s by default), shortened by the turn's, on the injected clock.</summary>
public sealed class ConnectorClientDeadlineTests : IAsyncLifetime
{
    private static readonly TimeSpan Bounded = TimeSpan.FromSeconds(10);
    private ClientScenario _scenario = null!;

    public async Task InitializeAsync() => _scenario = await ClientScenario.StartAsync(jitter: 0);

    public async Task DisposeAsync() => await _scenario.DisposeAsync();

    [Fact]
    public async Task SendAsync_TeamsDoesNotAnswer_TimedOutAtTheCallTimeoutAndMayHaveArrived()
    {
        _scenario.StandIn.Respond(_ => true, ScriptedResponse.Hang());

        var send = SendAsync();
        await _scenario.StandIn.WaitForHangAsync(0, Bounded);
        _scenario.Time.Advance(TimeSpan.FromMilliseconds(3999));
        Assert.False(send.IsCompleted);
        _scenario.Time.Advance(TimeSpan.FromMilliseconds(1));
        var error = await Assert.ThrowsAsync<ConnectorException>(() => send.WaitAsync(Bounded));

        Assert.Equal(ConnectorErrorKind.TimedOut, error.Kind);
        Assert.True(error.MayHaveArrived);
        Assert.Single(_scenario.StandIn.Requests);
    }

    [Fact]
    public async Task SendAsync_RetryAfterBeyondTheDeadline_TeamsAnswerComesBackAtOnce()
    {
        _scenario.StandIn.Respond(_ => true, ScriptedResponse.Throttled("5"));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => SendAsync().WaitAsync(Bounded));

        Assert.Equal(ConnectorErrorKind.Throttled, error.Kind);
        Assert.Single(_scenario.StandIn.Requests);
    }

    [Fact]
    public async Task SendAsync_BackoffsBeyondTheDeadline_StopsBeforeTheDeadlineWithTeamsAnswer()
    {
        // Base 1 s with jitter 0: waits of 0.5, 1 and 2 s; a turn of 2 s leaves room for the first two only.
        _scenario.StandIn.Respond(_ => true, ScriptedResponse.Unavailable(), times: 100);
        using var turn = TurnDeadline.Begin(_scenario.Time.GetUtcNow() + TimeSpan.FromSeconds(2));

        var send = SendAsync();
        var waits = await _scenario.Time.RunThroughWaitsAsync(send);
        var error = await Assert.ThrowsAsync<ConnectorException>(() => send);

        Assert.Equal(ConnectorErrorKind.Transient, error.Kind);
        Assert.Equal([TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1)], waits);
        Assert.Equal(3, _scenario.StandIn.Requests.Count);
    }

    [Fact]
    public async Task SendAsync_TurnWithLessTimeLeftThanTheCallTimeout_TimesOutWhenTheTurnEnds()
    {
        _scenario.StandIn.Respond(_ => true, ScriptedResponse.Hang());
        using var turn = TurnDeadline.Begin(_scenario.Time.GetUtcNow() + TimeSpan.FromSeconds(1));

        var send = SendAsync();
        await _scenario.StandIn.WaitForHangAsync(0, Bounded);
        _scenario.Time.Advance(TimeSpan.FromSeconds(1));
        var error = await Assert.ThrowsAsync<ConnectorException>(() => send.WaitAsync(Bounded));

        Assert.Equal(ConnectorErrorKind.TimedOut, error.Kind);
        Assert.True(error.MayHaveArrived);
    }

    [Fact]
    public async Task SendAsync_TurnWithNoTimeLeft_NothingSentAndCannotHaveArrived()
    {
        using var turn = TurnDeadline.Begin(_scenario.Time.GetUtcNow());

        var error = await Assert.ThrowsAsync<ConnectorException>(SendAsync);

        Assert.Equal(ConnectorErrorKind.TimedOut, error.Kind);
        Assert.False(error.MayHaveArrived);
        Assert.Empty(_scenario.StandIn.Requests);
    }

    [Fact]
    public async Task SendAsync_AfterTheTurnEnded_OnlyTheCallTimeoutApplies()
    {
        using (TurnDeadline.Begin(_scenario.Time.GetUtcNow()))
        {
        }

        var response = await SendAsync().WaitAsync(Bounded);

        Assert.NotNull(response.Id);
    }

    private Task<ResourceResponse> SendAsync() =>
        _scenario.Client.SendAsync(_scenario.ServiceUrl, "a:1", new Activity { Type = ActivityTypes.Message, Text = "Hoi" }, CancellationToken.None);
}
