using System.Net.Http.Headers;

namespace BreedBot.Connector.Client;

/// <summary>Reads Retry-After as seconds or as an HTTP date (relative to the injected clock).</summary>
internal static class RetryAfterHeader
{
    public static TimeSpan? Read(HttpResponseHeaders headers, DateTimeOffset now)
    {
        var retryAfter = headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (retryAfter?.Date is { } date)
        {
            var wait = date - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
