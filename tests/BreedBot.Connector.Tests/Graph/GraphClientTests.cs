using BreedBot.Connector.Client;
using BreedBot.Connector.Graph;
using BreedBot.Connector.Tests.Support;
using BreedBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BreedBot.Connector.Tests.Graph;

/// <summary>The Graph client against a local Graph stand-in, wired as the host wires it, on fake time.</summary>
public sealed class GraphClientTests : IAsyncLifetime
{
    private const string Tenant = "tenant-1";
    private const string Group = "3b1c1d5e-0000-4000-8000-00000000c0de";
    private static readonly TimeSpan Bounded = TimeSpan.FromSeconds(10);
    private readonly ObservedTimeProvider _time = new();
    private GraphStandIn _graph = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _graph = await GraphStandIn.StartAsync();
        var settings = ConnectorServices.ValidSettings();
        settings["Graph:BaseUrl"] = _graph.BaseUrl.ToString();
        _services = ConnectorServices.Build(settings, _time);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _graph.DisposeAsync();
    }

    private GraphClient Client => _services.GetRequiredService<GraphClient>();

    [Fact]
    public async Task ListTeamMembers_SeveralPages_FollowsEveryNextLinkAndReadsTheRoles()
    {
        _graph.PageSize = 2;
        _graph.SetMembers(Group,
        [
            GraphMember.Member("u1"), GraphMember.Owner("u2"), new GraphMember("u3", "Gast", "guest"), GraphMember.Member("u4"), GraphMember.Owner("u5"),
        ]);

        var members = await Client.ListTeamMembersAsync(Tenant, Group, CancellationToken.None);

        Assert.Equal(["u1", "u2", "u3", "u4", "u5"], members.Select(m => m.UserId));
        Assert.Equal(["u2", "u5"], members.Where(m => m.IsOwner).Select(m => m.UserId));
        Assert.Equal(3, _graph.Requests.Count);
        Assert.All(_graph.Requests, r => Assert.Equal($"/v1.0/teams/{Group}/members", r.Path));
    }

    [Fact]
    public async Task ListTeamMembers_LoopbackGraph_SendsNoToken()
    {
        _graph.SetMembers(Group, [GraphMember.Owner("u1")]);

        await Client.ListTeamMembersAsync(Tenant, Group, CancellationToken.None);

        Assert.Null(Assert.Single(_graph.Requests).Authorization);
    }

    [Fact]
    public async Task ListTeamMembers_NoConsent_ConsentMissing()
    {
        var error = await Assert.ThrowsAsync<GraphException>(() => Client.ListTeamMembersAsync(Tenant, Group, CancellationToken.None));

        Assert.Equal(GraphErrorKind.ConsentMissing, error.Kind);
        Assert.Equal(403, (int)error.StatusCode);
    }

    [Fact]
    public async Task ListTeamMembers_ThrottledWithRetryAfter_WaitsThatLongThenReads()
    {
        _graph.SetMembers(Group, [GraphMember.Owner("u1")]);
        _graph.Respond(_ => true, ScriptedResponse.Throttled("2"));

        var read = Client.ListTeamMembersAsync(Tenant, Group, CancellationToken.None);
        var waits = await _time.RunThroughWaitsAsync(read);

        Assert.Equal([TimeSpan.FromSeconds(2)], waits);
        Assert.Single(await read);
        Assert.Equal(2, _graph.Requests.Count);
    }

    [Fact]
    public async Task ListTeamMembers_RetryAfterBeyondItsTime_ThrottledWithoutWaiting()
    {
        _graph.SetMembers(Group, [GraphMember.Owner("u1")]);
        _graph.Respond(_ => true, ScriptedResponse.Throttled("30"));

        var error = await Assert.ThrowsAsync<GraphException>(() => Client.ListTeamMembersAsync(Tenant, Group, CancellationToken.None).WaitAsync(Bounded));

        Assert.Equal(GraphErrorKind.Throttled, error.Kind);
        Assert.Single(_graph.Requests);
    }

    [Fact]
    public async Task ListTeamMembers_ThrottledAgainAndAgain_GivesUpAfterThreeAttempts()
    {
        _graph.SetMembers(Group, [GraphMember.Owner("u1")]);
        _graph.Respond(_ => true, ScriptedResponse.Throttled("1"), times: 10);

        var read = Client.ListTeamMembersAsync(Tenant, Group, CancellationToken.None);
        await _time.RunThroughWaitsAsync(read);
        var error = await Assert.ThrowsAsync<GraphException>(() => read);

        Assert.Equal(GraphErrorKind.Throttled, error.Kind);
        Assert.Equal(3, _graph.Requests.Count);
    }

    [Fact]
    public async Task ListTeamMembers_GraphHangs_TimedOutAtGraphTimeout()
    {
        _graph.SetMembers(Group, [GraphMember.Owner("u1")]);
        _graph.Respond(_ => true, ScriptedResponse.Hang());

        var read = Client.ListTeamMembersAsync(Tenant, Group, CancellationToken.None);
        await _graph.WaitForHangAsync(0, Bounded);
        _time.Advance(TimeSpan.FromMilliseconds(3999));
        Assert.False(read.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        var error = await Assert.ThrowsAsync<GraphException>(() => read.WaitAsync(Bounded));

        Assert.Equal(GraphErrorKind.TimedOut, error.Kind);
    }

    [Fact]
    public async Task ListTeamMembers_TurnWithLittleTimeLeft_EndsWithTheTurn()
    {
        _graph.SetMembers(Group, [GraphMember.Owner("u1")]);
        _graph.Respond(_ => true, ScriptedResponse.Hang());
        using var turn = TurnDeadline.Begin(_time.GetUtcNow() + TimeSpan.FromSeconds(1));

        var read = Client.ListTeamMembersAsync(Tenant, Group, CancellationToken.None);
        await _graph.WaitForHangAsync(0, Bounded);
        _time.Advance(TimeSpan.FromSeconds(1));
        var error = await Assert.ThrowsAsync<GraphException>(() => read.WaitAsync(Bounded));

        Assert.Equal(GraphErrorKind.TimedOut, error.Kind);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    [InlineData(401)]
    [InlineData(404)]
    public async Task ListTeamMembers_OtherFailures_Unavailable(int status)
    {
        _graph.SetMembers(Group, [GraphMember.Owner("u1")]);
        _graph.Respond(_ => true, ScriptedResponse.Error(status, "Failure"));

        var error = await Assert.ThrowsAsync<GraphException>(() => Client.ListTeamMembersAsync(Tenant, Group, CancellationToken.None));

        Assert.Equal(GraphErrorKind.Unavailable, error.Kind);
    }

    [Fact]
    public async Task ListTeamMembers_NextLinkOnAnotherHost_NotFollowed()
    {
        _graph.Respond(_ => true, new ScriptedResponse(200, """{"value":[{"userId":"u1","roles":["owner"]}],"@odata.nextLink":"https://collector.evil.example/v1.0/teams/x/members?$skiptoken=1"}"""));

        var error = await Assert.ThrowsAsync<GraphException>(() => Client.ListTeamMembersAsync(Tenant, Group, CancellationToken.None));

        Assert.Equal(GraphErrorKind.Unavailable, error.Kind);
        Assert.Single(_graph.Requests);
    }

    [Fact]
    public async Task ListTeamMembers_GroupIdWithSlashes_EscapedAsOneSegment()
    {
        await Assert.ThrowsAsync<GraphException>(() => Client.ListTeamMembersAsync(Tenant, "../../users", CancellationToken.None));

        Assert.Equal("/v1.0/teams/..%2F..%2Fusers/members", Assert.Single(_graph.Requests).RawTarget);
    }
}
