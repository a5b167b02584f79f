using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using BreedBot.Storage;
using BreedBot.Testing;
using BreedBot.Web.Tests.Hosting;

namespace BreedBot.Web.Tests.Members;

/// <summary>
/// A person's first message to an instance: their Teams time zone is stored on their member rows in the
/// background, so the reply never waits for the lookup of their team rows (the inbound benchmark's 'help' turn).
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class MemberTimeZoneBackgroundTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string NewYork = "America/New_York";
    private static readonly (string Id, string Name, string Aad, string Role) Ana = ReminderHarness.Roster[1];

    private readonly StalledTable members = new(StorageTables.MembersName);
    private BotHost host = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(azurite.ConnectionString, new Dictionary<string, string?> { ["Scheduler:RunLoop"] = "false" },
            services: services => members.Register(services, azurite.ConnectionString));
        await new ReminderHarness(host).SetUpDuoAsync();
    }

    public async Task DisposeAsync()
    {
        members.Release();
        await host.DisposeAsync();
    }

    [Fact]
    public async Task FirstMessage_MemberTableStalled_ReplyComesAndTheZoneIsStoredOnceTheTableAnswers()
    {
        members.Stall();

        // Bounded in real time: before the zone went to the background, this turn waited for the stalled table.
        using var response = await PostUnwaitedAsync(HelpFrom(Ana, NewYork)).WaitAsync(TimeSpan.FromSeconds(20));

        Assert.True(response.IsSuccessStatusCode);
        Assert.Contains(host.Connector.Requests, r => r.Method == "POST" && r.Path.EndsWith("/activities/tz-bg-1", StringComparison.Ordinal));
        // The lookup is queued once the turn is handled, so it may reach the table just after the reply.
        await members.FirstHeld.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(1, members.Held); // the background lookup of Ana's team rows, waiting
        Assert.Equal("Europe/Amsterdam", await ZoneAsync());

        members.Release();
        await host.AfterReplyDoneAsync();

        Assert.Equal(NewYork, await ZoneAsync());
    }

    [Fact]
    public async Task ManyMessages_SameZone_StoredWithOneLookup()
    {
        members.Stall();
        for (var i = 1; i <= 5; i++)
        {
            using var response = await PostUnwaitedAsync(HelpFrom(Ana, NewYork, i)).WaitAsync(TimeSpan.FromSeconds(20));
            Assert.True(response.IsSuccessStatusCode);
        }

        await members.FirstHeld.WaitAsync(TimeSpan.FromSeconds(20));
        members.Release();
        await host.AfterReplyDoneAsync();
        var afterFirst = members.Requests;
        using var sixth = await PostUnwaitedAsync(HelpFrom(Ana, NewYork, 6));
        await host.AfterReplyDoneAsync();

        Assert.Equal(NewYork, await ZoneAsync());
        Assert.Equal(1, members.Held); // five sightings queued, one lookup; the rest found the zone stored
        Assert.Equal(afterFirst, members.Requests); // and once stored, the same zone costs nothing
    }

    private static JsonObject HelpFrom((string Id, string Name, string Aad, string Role) who, string zone, int n = 1) =>
        TestActivities.PersonalMessageFrom("http://127.0.0.1/", "help", "tz-bg-" + n, who.Id, who.Aad, zone);

    // BotHost.PostAsync waits for the background zone writes; this test must not.
    private async Task<HttpResponseMessage> PostUnwaitedAsync(JsonObject activity)
    {
        activity["serviceUrl"] = host.ServiceUrl;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = AuthenticationHeaderValue.Parse(host.Authorization());
        return await host.Client.SendAsync(request);
    }

    // Read through a client of its own, which the stall does not hold.
    private async Task<string?> ZoneAsync()
    {
        var rows = await host.RowsAsync(StorageTables.MembersName);
        return Assert.Single(rows, r => r.GetString("MemberKey") == Ana.Aad).GetString("TimeZoneId");
    }
}
