using BreedBot.Domain.Scheduling;
using BreedBot.Web.Retention;
using BreedBot.Web.Scheduling;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace BreedBot.Web.Tests.Retention;

public sealed class RetentionSourceTests
{
    [Fact]
    public async Task DueAsync_ADayIncludingSpringForward_OneRunAtThreeAmsterdamTime()
    {
        var source = new RetentionSource([], new FakeTimeProvider(), NullLogger<RetentionSource>.Instance);
        var window = new DueWindow(new DateTimeOffset(2027, 3, 27, 12, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 3, 28, 12, 0, 0, TimeSpan.Zero));

        var due = Assert.Single(await source.DueAsync(window, CancellationToken.None));

        // 03:00 summer time on the day the clocks go forward is 01:00 UTC.
        Assert.Equal(new DateTimeOffset(2027, 3, 28, 1, 0, 0, TimeSpan.Zero), due.DueAt);
        Assert.Equal("retention/2027-03-28", due.Id);
    }

    [Fact]
    public async Task DueAsync_TheSchedulersLookback_HoldsAtMostTwoDays()
    {
        var source = new RetentionSource([], new FakeTimeProvider(), NullLogger<RetentionSource>.Instance);
        var now = new DateTimeOffset(2027, 2, 16, 2, 30, 0, TimeSpan.Zero);

        var due = await source.DueAsync(DueWindow.EndingAt(now, DueWindow.DefaultLookback), CancellationToken.None);

        // 26 hours back from 03:30 reach yesterday's run too: the claims keep it from running twice.
        Assert.Equal(["retention/2027-02-15", "retention/2027-02-16"], due.Select(o => o.Id));
    }

    [Fact]
    public async Task ActAsync_AppliesEveryRuleOnce()
    {
        var rules = new[] { new CountingRule(), new CountingRule() };
        var source = new RetentionSource(rules, new FakeTimeProvider(), NullLogger<RetentionSource>.Instance);
        var occurrence = new Occurrence(RetentionSource.Kind, new OccurrenceScope("deployment", "retention"), "retention/2027-02-16", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);

        Assert.Equal(ClaimOutcome.Acted, await source.ActAsync(occurrence, OccurrenceTiming.OnTime, CancellationToken.None));

        Assert.All(rules, rule => Assert.Equal(1, rule.Runs));
    }

    private sealed class CountingRule : IRetentionRule
    {
        public int Runs { get; private set; }

        public Task<int> ApplyAsync(DateTimeOffset now, CancellationToken ct)
        {
            Runs++;
            return Task.FromResult(0);
        }
    }
}
