using Microsoft.Extensions.Logging;

namespace BreedBot.Connector.Client;

/// <summary>
/// Retries 408/412/429/500/502/503/504 within <see cref="ConnectorRetryPolicy"/> and the call's deadline: a 429 waits
/// its Retry-After, the others back off exponentially with jitter. Other statuses (400, 401, 403, 404, 413, …) return at once.
/// </summary>
public sealed class ConnectorRetryHandler(
    ConnectorRetryPolicy policy,
    TimeProvider time,
    IRetryJitter jitter,
    ILogger<ConnectorRetryHandler> logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Every attempt sends the same bytes, so the body must be replayable. A byte array (ConnectorClient's bodies)
        // already is: buffering it would copy every reply once more.
        if (request.Content is not null and not ByteArrayContent)
        {
            await request.Content.LoadIntoBufferAsync(cancellationToken);
        }

        var operation = ConnectorRequestOptions.OperationOf(request);
        var waited = TimeSpan.Zero;
        for (var attempt = 1; ; attempt++)
        {
            var response = await base.SendAsync(request, cancellationToken);
            var status = (int)response.StatusCode;
            if (!ConnectorRetryPolicy.IsRetryable(status) || attempt >= policy.MaxAttempts)
            {
                return response;
            }

            var delay = status == 429 && RetryAfterHeader.Read(response.Headers, time.GetUtcNow()) is { } retryAfter
                ? retryAfter
                : policy.Backoff(attempt, jitter.NextDouble());
            // The call's deadline (its own timeout, or the turn's) is a budget too: a retry that could not end in time
            // is not started, and the caller gets Teams' answer at once.
            var pastDeadline = request.Options.TryGetValue(ConnectorRequestOptions.Deadline, out var deadline) && time.GetUtcNow() + delay >= deadline;
            if (waited + delay > policy.MaxTotalWait || pastDeadline)
            {
                Log.RetryBudgetExhausted(logger, operation, status, attempt);
                return response;
            }

            Log.Retrying(logger, operation, status, attempt, (long)delay.TotalMilliseconds);
            response.Dispose();
            await Task.Delay(delay, time, cancellationToken);
            waited += delay;
        }
    }
}
