namespace BreedBot.Testing;

/// <summary>
/// The start times of the requests one key had accepted in the last second: a request fits when fewer
/// than N were. Not thread-safe; the stand-in calls it under its lock.
/// </summary>
internal sealed class SlidingWindow
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private readonly Queue<DateTimeOffset> accepted = new();

    /// <summary>Zero when a request at <paramref name="now"/> fits; else how long until one would.</summary>
    public TimeSpan WaitAt(DateTimeOffset now, int limit)
    {
        while (accepted.Count > 0 && accepted.Peek() <= now - Window)
        {
            accepted.Dequeue();
        }

        // The oldest of the last N leaves the window one second after it started.
        return accepted.Count < limit ? TimeSpan.Zero : accepted.ElementAt(accepted.Count - limit) + Window - now;
    }

    public void Take(DateTimeOffset now) => accepted.Enqueue(now);
}
