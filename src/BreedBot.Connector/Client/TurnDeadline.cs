namespace BreedBot.Connector.Client;

/// <summary>
/// The moment by which a turn must have answered Teams (which shows an error after 15 s). Set once per inbound
/// activity; every connector call made within that turn ends by then, whatever its own timeout. Work outside a turn
/// (the send workers, jobs) has none.
/// </summary>
public static class TurnDeadline
{
    private static readonly AsyncLocal<DateTimeOffset?> Current = new();

    /// <summary>Starts the turn's budget for the calls that follow in this flow; disposing it ends the budget.</summary>
    public static IDisposable Begin(DateTimeOffset deadline) => Begin((DateTimeOffset?)deadline);

    private static Restore Begin(DateTimeOffset? deadline)
    {
        var previous = Current.Value;
        Current.Value = deadline;
        return new Restore(previous);
    }

    /// <summary>
    /// For work a turn starts that must outlive it (a background send): the calls that follow in this flow have no
    /// turn budget, only their own deadline. Without it they would inherit the turn's, which flows into Task.Run.
    /// </summary>
    public static IDisposable Outside() => Begin(null);

    /// <summary>Time left in the current turn, or null outside a turn.</summary>
    public static TimeSpan? Remaining(DateTimeOffset now) => Current.Value is { } deadline ? deadline - now : null;

    private sealed class Restore(DateTimeOffset? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}
