using Azure.Core;
using Azure.Core.Pipeline;

namespace BreedBot.Storage;

/// <summary>
/// In every table and queue request's pipeline: when storage answers 404 "TableNotFound" or "QueueNotFound", has
/// <see cref="StorageRecreation"/> create the tables and queues again, then sends the request once more.
/// </summary>
internal sealed class MissingStoragePolicy(Func<StorageRecreation> recreation) : HttpPipelinePolicy
{
    private const string ErrorCodeHeader = "x-ms-error-code";

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        await ProcessNextAsync(message, pipeline);
        if (Missing(message) is { } missing && await recreation().RecreateAsync(missing, message.CancellationToken))
        {
            await ProcessNextAsync(message, pipeline);
        }
    }

    // BreedBot calls storage asynchronously only; a synchronous call is passed through as it is.
    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) => ProcessNext(message, pipeline);

    private static string? Missing(HttpMessage message) =>
        message.HasResponse && message.Response.Status == 404
        && message.Response.Headers.TryGetValue(ErrorCodeHeader, out var code) && code is "TableNotFound" or "QueueNotFound"
            ? code
            : null;
}
