using System.Threading.Channels;

namespace BreedBot.Web.Scheduling;

/// <summary>
/// The time zones this instance saw and has not stored yet, in arrival order. Storing one means looking up every
/// team row of the person, which no reply should wait for; <see cref="MemberTimeZoneJob"/> stores them in the background.
/// Bounded: when a burst of new people fills it, a sighting is dropped rather than held in memory, and the
/// person's next message brings their zone again.
/// </summary>
internal sealed class MemberZoneSightings
{
    public const int Capacity = 5_000;

    private readonly Channel<MemberZoneSighting> channel = Channel.CreateBounded<MemberZoneSighting>(
        // Wait, not DropWrite: with DropWrite a write to a full channel reports success while dropping the item, and
        // the count of unfinished sightings would never come back to zero. TryWrite never waits in either mode.
        new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private readonly Lock gate = new();
    private int unfinished;
    private TaskCompletionSource idle = Completed();

    /// <summary>Queues a sighting. False when the queue is full and it was dropped.</summary>
    public bool TryAdd(MemberZoneSighting sighting)
    {
        lock (gate)
        {
            if (!channel.Writer.TryWrite(sighting))
            {
                return false;
            }

            if (unfinished++ == 0)
            {
                idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            return true;
        }
    }

    public IAsyncEnumerable<MemberZoneSighting> ReadAllAsync(CancellationToken ct) => channel.Reader.ReadAllAsync(ct);

    /// <summary>Marks one read sighting as handled, stored or not.</summary>
    public void Finished()
    {
        lock (gate)
        {
            if (--unfinished == 0)
            {
                idle.TrySetResult();
            }
        }
    }

    /// <summary>Completes when every sighting queued so far has been handled (host tests wait on it before they read rows).</summary>
    public Task WhenIdleAsync()
    {
        lock (gate)
        {
            return idle.Task;
        }
    }

    private static TaskCompletionSource Completed()
    {
        var done = new TaskCompletionSource();
        done.SetResult();
        return done;
    }
}
