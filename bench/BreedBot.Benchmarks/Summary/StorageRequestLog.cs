using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;

namespace BreedBot.Benchmarks.Summary;

/// <summary>
/// An Azure SDK pipeline policy that notes every table request as it leaves (retries included), and
/// sorts it: a point read names one row, a single-partition query filters on one PartitionKey with
/// "eq" and no "or"; anything else would read more than one partition (a scan).
/// </summary>
internal sealed class StorageRequestLog : HttpPipelineSynchronousPolicy
{
    private readonly ConcurrentQueue<string> _requests = new();

    public IReadOnlyList<string> Requests => [.. _requests];

    public void Clear() => _requests.Clear();

    public override void OnSendingRequest(HttpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var uri = message.Request.Uri.ToUri();
        _requests.Enqueue(message.Request.Method + " " + Uri.UnescapeDataString(uri.AbsolutePath + uri.Query));
    }

    public static string Kind(string request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.StartsWith("GET ", StringComparison.Ordinal))
        {
            return "write";
        }

        if (request.Contains("(PartitionKey='", StringComparison.Ordinal))
        {
            return "point read";
        }

        var filter = request.IndexOf("$filter=", StringComparison.Ordinal);
        if (filter < 0)
        {
            return "scan";
        }

        var text = request[(filter + "$filter=".Length)..].Split('&')[0];
        return text.StartsWith("PartitionKey eq '", StringComparison.Ordinal) && !text.Contains(" or ", StringComparison.OrdinalIgnoreCase)
            ? "single-partition query"
            : "scan";
    }
}
