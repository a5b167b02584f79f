using BreedBot.Web.Outbound;
using Microsoft.Extensions.Time.Testing;

namespace BreedBot.Web.Tests.Outbound;

/// <summary>The send workers' pacing: sends spaced evenly at the rate given, so they do not arrive at Teams in bunches.</summary>
public sealed class SendRateLimiterTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2027, 2, 15, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task WaitAsync_ManyConversationsAtOnce_OneSendPerTenthOfASecondAtTenPerSecond()
    {
        var limiter = new SendRateLimiter(time, tenantPerSecond: 10, conversationPerSecond: 7);

        var waits = Enumerable.Range(0, 4).Select(i => limiter.WaitAsync("tenant", "a:chat-" + i, CancellationToken.None)).ToList();
        await waits[0];

        Assert.Equal(1, waits.Count(wait => wait.IsCompleted));
        time.Advance(TimeSpan.FromMilliseconds(99));
        Assert.Equal(1, waits.Count(wait => wait.IsCompleted));
        time.Advance(TimeSpan.FromMilliseconds(1));
        await waits[1];
        Assert.Equal(2, waits.Count(wait => wait.IsCompleted));
        time.Advance(TimeSpan.FromMilliseconds(200));
        await Task.WhenAll(waits);
    }

    [Fact]
    public async Task WaitAsync_OneConversation_SpacedAtItsOwnRate()
    {
        var limiter = new SendRateLimiter(time, tenantPerSecond: 100, conversationPerSecond: 4);

        await limiter.WaitAsync("tenant", "a:chat", CancellationToken.None);
        var second = limiter.WaitAsync("tenant", "a:chat", CancellationToken.None);

        time.Advance(TimeSpan.FromMilliseconds(249));
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await second;
    }

    [Fact]
    public async Task WaitAsync_AfterIdle_NoCatchingUpInABurst()
    {
        var limiter = new SendRateLimiter(time, tenantPerSecond: 10, conversationPerSecond: 7);
        await limiter.WaitAsync("tenant", "a:one", CancellationToken.None);

        time.Advance(TimeSpan.FromSeconds(5));
        await limiter.WaitAsync("tenant", "a:two", CancellationToken.None);
        var third = limiter.WaitAsync("tenant", "a:three", CancellationToken.None);

        Assert.False(third.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(100));
        await third;
    }

    [Fact]
    public async Task HoldBack_Tenant_NothingStartsBeforeTheMark()
    {
        var limiter = new SendRateLimiter(time, tenantPerSecond: 10, conversationPerSecond: 7);
        limiter.HoldBack("tenant", null, time.GetUtcNow() + TimeSpan.FromSeconds(2));

        var wait = limiter.WaitAsync("tenant", "a:one", CancellationToken.None);

        time.Advance(TimeSpan.FromMilliseconds(1999));
        Assert.False(wait.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await wait;
    }

    [Fact]
    public async Task WaitAsync_BurstOfThree_ThreeAtOnceThenSpaced()
    {
        var limiter = new SendRateLimiter(time, tenantPerSecond: 10, conversationPerSecond: 7, burst: 3);

        var waits = Enumerable.Range(0, 5).Select(i => limiter.WaitAsync("tenant", "a:chat-" + i, CancellationToken.None)).ToList();
        await Task.WhenAll(waits.Take(3));

        Assert.Equal(3, waits.Count(wait => wait.IsCompleted));
        time.Advance(TimeSpan.FromMilliseconds(100));
        await waits[3];
        Assert.False(waits[4].IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(100));
        await waits[4];
    }
}
