using BreedBot.Testing;
using BreedBot.Web.Outbound;
using BreedBot.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace BreedBot.Web.Tests.Outbound;

/// <summary>
/// Send workers stopping in the middle of a fan-out, and two instances' workers on one queue, against the
/// rate-enforcing connector stand-in: every recipient gets exactly one message.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class OutboxRestartTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly ConnectorRateLimits Limits = new(TenantPerSecond: 5, ConversationPerSecond: 7);
    private BotHost host = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(azurite.ConnectionString, Settings(instances: 2));
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));
        await host.SendQueuedAsync();
        host.Connector.EnforceRates(host.Time, Limits);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Worker_StoppedMidFanOut_NewWorkerSendsTheRestAndNoOneTwice()
    {
        var fanOut = new FanOut(host, 12, "test/restart");
        await fanOut.SeedAsync();
        await fanOut.EnqueueAsync();
        var acceptedBefore = host.Connector.Accepted.Count;
        var requestsBefore = host.Connector.Requests.Count;

        // The clock stands still: the first worker sends one, then waits for the next slot of its pace.
        using var stop = new CancellationTokenSource();
        var first = host.Services.GetRequiredService<OutboxWorker>().DrainAsync(stop.Token);
        await host.Connector.WaitForRequestAsync(r => r.Sequence == requestsBefore + 1, TimeSpan.FromSeconds(30));
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        Assert.Equal(1, host.Connector.Accepted.Count - acceptedBefore);

        await using var second = BotHost.StartSecondInstance(host, Settings(instances: 2));
        await fanOut.SendAllAsync(second);

        await fanOut.AssertEachSentExactlyOnceAsync();
    }

    [Fact]
    public async Task TwoInstances_DrainOneQueueAtOnce_EachRecipientOnceWithinTheTenantLimit()
    {
        var fanOut = new FanOut(host, 20, "test/two-workers");
        await fanOut.SeedAsync();
        await fanOut.EnqueueAsync();
        await using var second = BotHost.StartSecondInstance(host, Settings(instances: 2));

        var handled = await fanOut.SendAllAsync(host, second);

        Assert.All(handled, count => Assert.True(count > 0, "both instances took part"));
        await fanOut.AssertEachSentExactlyOnceAsync();
    }

    private static Dictionary<string, string?> Settings(int instances) => new()
    {
        ["Outbox:TenantRequestsPerSecond"] = Limits.TenantPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Outbox:Instances"] = instances.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Outbox:BatchSize"] = "4",
        ["Outbox:Burst"] = "1",
    };
}
