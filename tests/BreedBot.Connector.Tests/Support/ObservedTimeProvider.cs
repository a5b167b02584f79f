using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace BreedBot.Connector.Tests.Support;

/// <summary>
/// Fake time that also reports each wait started (a timer), so a test can advance exactly when code is waiting.
/// A deadline (the timer behind a <see cref="CancellationTokenSource"/>) is not a wait: code runs on while it ticks,
/// so it is not reported — it fires when the reported waits move the clock past it.
/// </summary>
internal sealed class ObservedTimeProvider : TimeProvider
{
    private readonly Channel<TimeSpan> _timers = Channel.CreateUnbounded<TimeSpan>();

    public FakeTimeProvider Fake { get; } = new(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => Fake.GetUtcNow();

    public override long GetTimestamp() => Fake.GetTimestamp();

    public override long TimestampFrequency => Fake.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => Fake.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = Fake.CreateTimer(callback, state, dueTime, period);
        if (state is not CancellationTokenSource)
        {
            _timers.Writer.TryWrite(dueTime);
        }

        return timer;
    }

    public void Advance(TimeSpan delta) => Fake.Advance(delta);

    /// <summary>The due time of the next timer that code creates (bounded wait).</summary>
    public async Task<TimeSpan> NextTimerAsync() =>
        await _timers.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

    /// <summary>Lets <paramref name="task"/> run to the end, advancing fake time past every wait it starts; returns the waits.</summary>
    public async Task<List<TimeSpan>> RunThroughWaitsAsync(Task task)
    {
        var waits = new List<TimeSpan>();
        while (true)
        {
            var timer = _timers.Reader.ReadAsync().AsTask();
            var finished = await Task.WhenAny(task, timer).WaitAsync(TimeSpan.FromSeconds(10));
            if (finished == task)
            {
                return waits;
            }

            var due = await timer;
            waits.Add(due);
            Advance(due);
        }
    }
}
