namespace BreedBot.Web.Outbound;

/// <summary>Wakes this instance's idle send workers when something was queued here, instead of waiting for the next poll.</summary>
internal sealed class OutboxSignal
{
    private TaskCompletionSource pending = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Notify() => Interlocked.Exchange(ref pending, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    /// <summary>Returns when notified or when <paramref name="timeout"/> passed on <paramref name="time"/>.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken ct)
    {
        var notified = Volatile.Read(ref pending).Task;
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var delay = Task.Delay(timeout, time, cancel.Token);
        await Task.WhenAny(notified, delay);
        await cancel.CancelAsync();
        ct.ThrowIfCancellationRequested();
    }
}
