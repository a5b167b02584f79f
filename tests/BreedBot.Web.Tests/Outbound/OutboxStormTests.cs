using BreedBot.Storage.Outbound;
using BreedBot.Testing;
using BreedBot.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace BreedBot.Web.Tests.Outbound;

/// <summary>A 429 storm from Teams: the tenant-wide pause is set, both instances hold back until it ends, and everything arrives afterwards.</summary>
[Collection(SharedAzurite.Name)]
public sealed class OutboxStormTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly Dictionary<string, string?> Settings = new()
    {
        // One message at a time: after the storm's 429 every further one meets the pause, none waits for a slot.
        ["Outbox:BatchSize"] = "1",
        ["Outbox:TenantPauseRetryAfter"] = "00:00:02",
    };

    private BotHost host = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(azurite.ConnectionString, Settings);
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));
        await host.SendQueuedAsync();
        host.Connector.EnforceRates(host.Time);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Storm_LongRetryAfter_TenantPausedBothInstancesHoldBackThenAllArriveOnce()
    {
        var early = new FanOut(host, 6, "test/storm-early");
        var late = new FanOut(host, 6, "test/storm-late");
        await early.SeedAsync();
        await late.SeedAsync();
        await early.EnqueueAsync();
        await using var second = BotHost.StartSecondInstance(host, Settings);
        var stormAt = host.Time.GetUtcNow();
        host.Connector.Storm(requests: 1, retryAfter: TimeSpan.FromSeconds(2));

        // The clock stands still: the first instance meets the storm and pauses the tenant for everyone.
        await host.SendQueuedAsync();
        var pausedUntil = await host.Services.GetRequiredService<SendPauseStore>().GetPausedUntilAsync(TestActivities.Tenant, CancellationToken.None);
        Assert.Equal(stormAt + TimeSpan.FromSeconds(2), pausedUntil);

        // New work during the pause: neither instance sends it.
        await late.EnqueueAsync();
        var requests = host.Connector.Requests.Count;
        Assert.True(await second.SendQueuedAsync() + await host.SendQueuedAsync() > 0);
        Assert.Equal(requests, host.Connector.Requests.Count);

        await early.SendAllAsync(host, second);
        await late.SendAllAsync(host, second);

        Assert.Equal(1, host.Connector.ThrottledCount);
        Assert.DoesNotContain(host.Connector.Answered, answer => answer.At > stormAt && answer.At < pausedUntil);
        await early.AssertEachSentExactlyOnceAsync();
        await late.AssertEachSentExactlyOnceAsync();
    }
}
