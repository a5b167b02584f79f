using System.Text.Json;
using System.Text.Json.Nodes;
using BreedBot.Connector.Client;
using BreedBot.Connector.Schema;
using BreedBot.Testing;

namespace BreedBot.Connector.Tests.Client;

public sealed class ConnectorClientWireTests : IAsyncLifetime
{
    private const string ChannelConversation = "19:abc@thread.tacv2;messageid=17";
    private ClientScenario _scenario = null!;

    public async Task InitializeAsync() => _scenario = await ClientScenario.StartAsync();

    public async Task DisposeAsync() => await _scenario.DisposeAsync();

    [Fact]
    public async Task SendAsync_ChannelConversation_PostsEscapedPathWithActivityJson()
    {
        var activity = new Activity { Type = ActivityTypes.Message, Text = "Hoi", Summary = "Nieuw bericht" };

        var response = await _scenario.Client.SendAsync(_scenario.ServiceUrl, ChannelConversation, activity, CancellationToken.None);

        var request = Assert.Single(_scenario.StandIn.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D17/activities", request.RawTarget);
        Assert.StartsWith("application/json", request.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"type":"message","text":"Hoi","summary":"Nieuw bericht"}"""), request.Json));
        Assert.StartsWith("activity-", response.Id, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_LoopbackServiceUrl_SendsNoAuthorizationHeader()
    {
        await _scenario.Client.SendAsync(_scenario.ServiceUrl, "a:1", new Activity { Type = ActivityTypes.Message }, CancellationToken.None);

        Assert.Null(Assert.Single(_scenario.StandIn.Requests).Authorization);
    }

    [Theory]
    [InlineData("amer")]
    [InlineData("amer/")]
    public async Task SendAsync_ServiceUrlWithPath_KeepsPathWithOrWithoutTrailingSlash(string path)
    {
        var serviceUrl = new Uri(_scenario.ServiceUrl, path);

        await _scenario.Client.SendAsync(serviceUrl, "a:1", new Activity { Type = ActivityTypes.Message }, CancellationToken.None);

        Assert.Equal("/amer/v3/conversations/a%3A1/activities", Assert.Single(_scenario.StandIn.Requests).RawTarget);
    }

    [Fact]
    public async Task SendAsync_ServiceUrlWithoutTrailingSlash_SamePath()
    {
        var serviceUrl = new Uri(_scenario.ServiceUrl.AbsoluteUri.TrimEnd('/'));

        await _scenario.Client.SendAsync(serviceUrl, "a:1", new Activity { Type = ActivityTypes.Message }, CancellationToken.None);

        Assert.Equal("/v3/conversations/a%3A1/activities", Assert.Single(_scenario.StandIn.Requests).RawTarget);
    }

    [Fact]
    public async Task ReplyAsync_Activity_PostsToTheRepliedActivity()
    {
        var reply = new Activity { Type = ActivityTypes.Message, Text = "Antwoord", ReplyToId = "1:abc" };

        var response = await _scenario.Client.ReplyAsync(_scenario.ServiceUrl, "a:1", "1:abc", reply, CancellationToken.None);

        var request = Assert.Single(_scenario.StandIn.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v3/conversations/a%3A1/activities/1%3Aabc", request.RawTarget);
        Assert.Equal("1:abc", request.Json!["replyToId"]!.GetValue<string>());
        Assert.NotNull(response.Id);
    }

    [Fact]
    public async Task UpdateAsync_CardActivity_PutsToTheActivity()
    {
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5" };
        var update = new Activity { Type = ActivityTypes.Message, Id = "1:abc", Attachments = [Attachment.AdaptiveCard(card)] };

        await _scenario.Client.UpdateAsync(_scenario.ServiceUrl, "a:1", "1:abc", update, CancellationToken.None);

        var request = Assert.Single(_scenario.StandIn.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal("/v3/conversations/a%3A1/activities/1%3Aabc", request.RawTarget);
        Assert.Equal(Attachment.AdaptiveCardContentType, request.Json!["attachments"]![0]!["contentType"]!.GetValue<string>());
        Assert.Equal("1.5", request.Json["attachments"]![0]!["content"]!["version"]!.GetValue<string>());
    }

    [Fact]
    public async Task DeleteAsync_Activity_DeletesWithoutBody()
    {
        await _scenario.Client.DeleteAsync(_scenario.ServiceUrl, "a:1", "1:abc", CancellationToken.None);

        var request = Assert.Single(_scenario.StandIn.Requests);
        Assert.Equal("DELETE", request.Method);
        Assert.Equal("/v3/conversations/a%3A1/activities/1%3Aabc", request.RawTarget);
        Assert.Equal(string.Empty, request.Body);
    }

    [Fact]
    public async Task CreateConversationAsync_PersonalChat_PostsTheOneToOneShape()
    {
        var parameters = ConversationParameters.PersonalChat("28:bot-app", "29:user", "tenant-1");

        var response = await _scenario.Client.CreateConversationAsync(_scenario.ServiceUrl, parameters, CancellationToken.None);

        var request = Assert.Single(_scenario.StandIn.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v3/conversations", request.RawTarget);
        var expected = JsonNode.Parse("""
            {"isGroup":false,"bot":{"id":"28:bot-app"},"members":[{"id":"29:user"}],
             "tenantId":"tenant-1","channelData":{"tenant":{"id":"tenant-1"}}}
            """);
        Assert.True(JsonNode.DeepEquals(expected, request.Json), request.Body);
        Assert.StartsWith("a:", response.Id, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateConversationAsync_ChannelThread_PostsTheThreadShape()
    {
        var first = new Activity { Type = ActivityTypes.Message, Text = "Nieuwe casus" };
        var parameters = ConversationParameters.ChannelThread("19:channel@thread.tacv2", first);

        var response = await _scenario.Client.CreateConversationAsync(_scenario.ServiceUrl, parameters, CancellationToken.None);

        var request = Assert.Single(_scenario.StandIn.Requests);
        var expected = JsonNode.Parse("""
            {"isGroup":true,"activity":{"type":"message","text":"Nieuwe casus"},
             "channelData":{"channel":{"id":"19:channel@thread.tacv2"}}}
            """);
        Assert.True(JsonNode.DeepEquals(expected, request.Json), request.Body);
        Assert.NotNull(response.ActivityId);
    }

    [Fact]
    public async Task GetPagedMembersAsync_TwoPages_FollowsContinuationToken()
    {
        _scenario.StandIn.SetRoster("19:team@thread.tacv2",
        [
            new StandInMember("29:a", "Anna", "oid-a", TenantId: "tenant-1"),
            new StandInMember("29:b", "Bram", "oid-b"),
            new StandInMember("29:c", "Cem", "oid-c", UserRole: "guest"),
        ]);

        var first = await _scenario.Client.GetPagedMembersAsync(_scenario.ServiceUrl, "19:team@thread.tacv2", 2, null, CancellationToken.None);
        var second = await _scenario.Client.GetPagedMembersAsync(_scenario.ServiceUrl, "19:team@thread.tacv2", 2, first.ContinuationToken, CancellationToken.None);

        Assert.Equal(["oid-a", "oid-b"], first.Members.Select(member => member.EntraObjectId));
        Assert.Equal("tenant-1", first.Members[0].TenantId);
        Assert.Equal("guest", Assert.Single(second.Members).UserRole);
        Assert.Null(second.ContinuationToken);
        Assert.Equal("/v3/conversations/19%3Ateam%40thread.tacv2/pagedmembers?pageSize=2", _scenario.StandIn.Requests[0].RawTarget);
        Assert.Equal("?pageSize=2&continuationToken=2", _scenario.StandIn.Requests[1].Query);
    }

    [Fact]
    public async Task GetMemberAsync_KnownMember_ReadsTheMember()
    {
        _scenario.StandIn.SetRoster("a:1", [new StandInMember("29:a", "Anna", "oid-a", Email: "anna@example.org")]);

        var member = await _scenario.Client.GetMemberAsync(_scenario.ServiceUrl, "a:1", "29:a", CancellationToken.None);

        Assert.Equal("/v3/conversations/a%3A1/members/29%3Aa", Assert.Single(_scenario.StandIn.Requests).RawTarget);
        Assert.Equal("anna@example.org", member.Email);
        Assert.Equal("oid-a", member.EntraObjectId);
    }

    [Fact]
    public async Task GetMemberAsync_UnknownMember_ThrowsNotFound()
    {
        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            _scenario.Client.GetMemberAsync(_scenario.ServiceUrl, "a:1", "29:gone", CancellationToken.None));

        Assert.Equal(ConnectorErrorKind.NotFound, error.Kind);
        Assert.Equal("MemberNotFoundInConversation", error.ErrorCode);
    }

    [Fact]
    public async Task GetTeamDetailsAsync_KnownTeam_ReadsTheTeam()
    {
        _scenario.StandIn.SetTeam("19:team@thread.tacv2", "Veilig Thuis Oost", "group-1");

        var team = await _scenario.Client.GetTeamDetailsAsync(_scenario.ServiceUrl, "19:team@thread.tacv2", CancellationToken.None);

        var request = Assert.Single(_scenario.StandIn.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal("/v3/teams/19%3Ateam%40thread.tacv2", request.RawTarget);
        Assert.Equal("Veilig Thuis Oost", team.Name);
        Assert.Equal("group-1", team.AadGroupId);
    }

    [Theory]
    [InlineData("https://connector.evil.example/")]
    [InlineData("http://smba.trafficmanager.net/emea/")]
    [InlineData("ftp://127.0.0.1/")]
    public async Task SendAsync_ServiceUrlNotAllowed_ThrowsBeforeAnyRequest(string serviceUrl)
    {
        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            _scenario.Client.SendAsync(new Uri(serviceUrl), "a:1", new Activity(), CancellationToken.None));

        Assert.Equal(ConnectorErrorKind.ServiceUrlNotAllowed, error.Kind);
        Assert.Equal(0, (int)error.StatusCode);
    }

    [Fact]
    public async Task SendAsync_UnknownActivityFields_RoundTripToTheWire()
    {
        var incoming = JsonSerializer.Deserialize<Activity>(
            """{"type":"message","text":"x","futureField":{"a":[1,2]},"from":{"id":"29:a","futureFrom":true}}""",
            ActivityJson.Options)!;

        await _scenario.Client.SendAsync(_scenario.ServiceUrl, "a:1", incoming, CancellationToken.None);

        var json = Assert.Single(_scenario.StandIn.Requests).Json!;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"a":[1,2]}"""), json["futureField"]));
        Assert.True(json["from"]!["futureFrom"]!.GetValue<bool>());
    }
}
