using System.Net;
using System.Text;
using BreedBot.Testing;
using Microsoft.Extensions.Time.Testing;

namespace BreedBot.Web.Tests.Outbound;

/// <summary>The connector stand-in's rate-enforcing mode and scripted failures, on a clock the test moves.</summary>
public sealed class ConnectorStandInLimitsTests : IAsyncLifetime
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2027, 2, 15, 9, 0, 0, TimeSpan.Zero));
    private readonly HttpClient client = new();
    private ConnectorStandIn standIn = null!;

    public async Task InitializeAsync()
    {
        standIn = await ConnectorStandIn.StartAsync();
        standIn.EnforceRates(time, new ConnectorRateLimits(TenantPerSecond: 10, ConversationPerSecond: 3));
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await standIn.DisposeAsync();
    }

    [Fact]
    public async Task Send_FourthToOneConversationInASecond_429WithRetryAfterThenAcceptedASecondLater()
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await SendAsync("a:one")).StatusCode);
        }

        time.Advance(TimeSpan.FromMilliseconds(400));
        var refused = await SendAsync("a:one");
        Assert.Equal((HttpStatusCode)429, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), refused.Headers.RetryAfter!.Delta);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync("a:other")).StatusCode);

        time.Advance(TimeSpan.FromMilliseconds(600));
        Assert.Equal(HttpStatusCode.Created, (await SendAsync("a:one")).StatusCode);
        Assert.Equal(5, standIn.Accepted.Count);
        Assert.Equal(1, standIn.ThrottledCount);
    }

    [Fact]
    public async Task Send_EleventhOfATenantInASecond_429AndAnotherTenantStillAccepted()
    {
        for (var i = 0; i < 10; i++)
        {
            standIn.SetTenant("a:chat-" + i, "tenant-a");
            Assert.Equal(HttpStatusCode.Created, (await SendAsync("a:chat-" + i)).StatusCode);
        }

        standIn.SetTenant("a:chat-10", "tenant-a");
        standIn.SetTenant("a:chat-b", "tenant-b");
        Assert.Equal((HttpStatusCode)429, (await SendAsync("a:chat-10")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync("a:chat-b")).StatusCode);
        Assert.Equal(["tenant-a"], standIn.Accepted.Take(10).Select(send => send.TenantId).Distinct());
    }

    [Fact]
    public async Task Storm_NextTwoSends_429WithItsRetryAfterThenNormal()
    {
        standIn.Storm(2, TimeSpan.FromSeconds(30));

        var first = await SendAsync("a:one");
        Assert.Equal((HttpStatusCode)429, first.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(30), first.Headers.RetryAfter!.Delta);
        Assert.Equal((HttpStatusCode)429, (await SendAsync("a:two")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync("a:three")).StatusCode);
        Assert.Equal(["a:three"], standIn.Accepted.Select(send => send.ConversationId));
    }

    [Fact]
    public async Task BlockedUserAndLostConversation_403And404AndNothingAccepted()
    {
        standIn.BlockUser("29:blocked");
        standIn.LoseConversation("a:gone");

        using var create = new StringContent("""{"members":[{"id":"29:blocked"}],"tenantId":"t"}""", Encoding.UTF8, "application/json");
        var created = await client.PostAsync(new Uri(standIn.ServiceUrl, "v3/conversations"), create);
        Assert.Equal(HttpStatusCode.Forbidden, created.StatusCode);
        Assert.Contains("ConversationBlockedByUser", await created.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync("a:gone")).StatusCode);
        Assert.Empty(standIn.Accepted);
    }

    private async Task<HttpResponseMessage> SendAsync(string conversationId)
    {
        using var body = new StringContent("""{"type":"message","text":"Hallo"}""", Encoding.UTF8, "application/json");
        return await client.PostAsync(new Uri(standIn.ServiceUrl, "v3/conversations/" + Uri.EscapeDataString(conversationId) + "/activities"), body);
    }
}
