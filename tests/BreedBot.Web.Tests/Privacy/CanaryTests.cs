using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using BreedBot.Testing;
using BreedBot.Web.Tests.Hosting;

namespace BreedBot.Web.Tests.Privacy;

/// <summary>
/// Unique marker strings go into every field a user can fill in, in every flow; then logs (every
/// level), traces, metrics and everything BreedBot sent are searched for them. A marker may only
/// come back to the person who typed it, and never in a notification preview.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class CanaryTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly (string Id, string Name, string Aad, string Role)[] Roster =
    [
        (TestActivities.UserId, "Alex Wilber", TestActivities.UserAad, "owner"),
        ("29:1ana", "Ana Jansen", "aad-ana", "user"),
        ("29:1bo", "Bo de Wit", "aad-bo", "user"),
    ];

    private readonly CapturedLogs logs = new();
    private readonly CapturedTelemetry telemetry = new();
    private BotHost host = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(azurite.ConnectionString, CanaryScan.Instrumented(), logs);
        host.Connector.SetRoster(TestActivities.TeamId, Roster.Select(p => new StandInMember(p.Id, p.Name, p.Aad, UserRole: p.Role)));
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));
        await host.PostAsync(TestActivities.PersonalInstall(host.ServiceUrl));
    }

    public async Task DisposeAsync()
    {
        telemetry.Dispose();
        await host.DisposeAsync();
    }

    [Fact]
    public async Task TypedText_InPersonalChat_ReachesNoLogTraceOrOtherChat()
    {
        var marker = Marker();
        await host.PostAsync(TestActivities.PersonalMessage(host.ServiceUrl, $"mijn cliënt {marker} is bang", id: "canary-1"));
        await host.PostAsync(TestActivities.PersonalMessage(host.ServiceUrl, $"pauze tot {marker}", id: "canary-2"));
        await host.PostAsync(TestActivities.PersonalMessage(host.ServiceUrl, $"doe mee {marker}", id: "canary-3"));

        await host.Connector.WaitForRequestAsync(r => r.Path.EndsWith("/activities/canary-3", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        AssertOnlyInMyChat(marker);
    }

    [Fact]
    public async Task TypedText_InTheChannel_IsNeverPostedBack()
    {
        var marker = Marker();
        await host.PostAsync(TestActivities.ChannelMessage(host.ServiceUrl, $"casus {marker} bespreken", id: "canary-c1"));
        await host.PostAsync(TestActivities.ChannelMessage(host.ServiceUrl, $"rotatie {marker}", id: "canary-c2"));

        await host.Connector.WaitForRequestAsync(r => r.Path.Contains("canary-c2", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        AssertOnlyInMyChat(marker);
    }

    [Fact]
    public async Task TamperedCardData_InEveryJoinField_ReachesNoLogOrChat()
    {
        var marker = Marker();
        var activity = TestActivities.CardAction(host.ServiceUrl, "join.submit");
        activity["value"]!["action"]!["data"] = new JsonObject
        {
            ["verb"] = "join.submit",
            ["teamId"] = TestActivities.TeamId,
            ["role"] = marker,
            ["cluster"] = marker,
            ["day"] = marker,
            ["time"] = marker,
            ["years"] = marker,
            ["notWith"] = marker,
        };

        var response = await host.PostAsync(activity);

        Assert.True(response.IsSuccessStatusCode);
        // The card comes back to the person who clicked with their answers kept: that is their own chat.
        AssertOnlyInMyChat(marker);
    }

    [Fact]
    public async Task BrokenRequests_WithTheMarkerInside_LeaveNoTrace()
    {
        var marker = Marker();
        using var malformed = new StringContent($"{{\"type\":\"message\",\"text\":\"{marker}\"", Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = malformed };
        request.Headers.Authorization = AuthenticationHeaderValue.Parse(host.Authorization());
        await host.Client.SendAsync(request);
        await host.PostAsync(TestActivities.PersonalMessage(host.ServiceUrl, marker, id: "canary-forged"), authorization: "Bearer " + marker);
        var unknownVerb = TestActivities.CardAction(host.ServiceUrl, marker);
        await host.PostAsync(unknownVerb);

        AssertOnlyInMyChat(marker);
    }

    private void AssertOnlyInMyChat(string marker) =>
        CanaryScan.AssertNowhereButAllowedChats(marker, logs, telemetry, host.Connector.Requests, [TestActivities.PersonalConversation]);

    private static string Marker() => "canary" + Guid.NewGuid().ToString("N")[..12];
}
