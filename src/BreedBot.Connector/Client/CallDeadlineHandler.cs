using Microsoft.Extensions.Logging;

namespace BreedBot.Connector.Client;

/// <summary>
/// Gives every connector call its own deadline on the injected clock: <c>timeout</c>, or less when the current turn
/// has less left (<see cref="TurnDeadline"/>). It is the outermost handler, so retries and the token fetch count
/// against it. A call past its deadline throws <see cref="ConnectorErrorKind.TimedOut"/>, saying whether the request
/// had gone out (and so may have reached Teams).
/// </summary>
public sealed class CallDeadlineHandler(TimeSpan timeout, TimeProvider time, ILogger<CallDeadlineHandler> logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var operation = ConnectorRequestOptions.OperationOf(request);
        var now = time.GetUtcNow();
        var limit = TurnDeadline.Remaining(now) is { } left && left < timeout ? left : timeout;
        if (limit <= TimeSpan.Zero)
        {
            Log.CallTimedOut(logger, operation, (long)timeout.TotalMilliseconds, false);
            throw ConnectorException.TimedOut(operation, mayHaveArrived: false);
        }

        request.Options.Set(ConnectorRequestOptions.Deadline, now + limit);
        using var deadline = new CancellationTokenSource(limit, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            return await base.SendAsync(request, linked.Token);
        }
        catch (OperationCanceledException e) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            var dispatched = ConnectorRequestOptions.WasDispatched(request);
            Log.CallTimedOut(logger, operation, (long)limit.TotalMilliseconds, dispatched);
            throw ConnectorException.TimedOut(operation, dispatched, e);
        }
    }
}
