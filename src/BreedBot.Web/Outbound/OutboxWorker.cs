using Azure;
using Azure.Storage.Queues.Models;
using BreedBot.Storage;
using BreedBot.Web.Telemetry;
using Microsoft.Extensions.Options;

namespace BreedBot.Web.Outbound;

/// <summary>
/// The send workers of this instance: <see cref="OutboxOptions.Pumps"/> loops that each take a batch from
/// the outbound queue (invisible to other workers for <see cref="OutboxOptions.VisibilityTimeout"/>) and
/// send its messages side by side, paced by the shared limiter. Idle loops wait for the poll interval on
/// <see cref="TimeProvider"/>, or less when this instance queues something.
/// </summary>
internal sealed class OutboxWorker(
    StorageQueues queues, OutboxSender sender, OutboxSignal signal, IOptions<OutboxOptions> options, TimeProvider time, BreedBotMetrics metrics, ILogger<OutboxWorker> logger)
    : BackgroundService
{
    private static readonly TimeSpan DepthEvery = TimeSpan.FromSeconds(10);
    private DateTimeOffset depthReadAt = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunWorker)
        {
            return;
        }

        await Task.WhenAll(Enumerable.Range(0, options.Value.Pumps).Select(_ => PumpAsync(stoppingToken)));
    }

    private async Task PumpAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            var handled = 0;
            try
            {
                handled = await RunOnceAsync(ct);
                await ReadDepthAsync(ct);
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                // Storage unreachable (or a request timed out): the messages stay queued; look again after the poll interval.
                Log.OutboxPollFailed(logger, e.GetType().Name);
            }

            if (handled == 0)
            {
                await signal.WaitAsync(options.Value.PollInterval, time, ct);
            }
        }
    }

    /// <summary>Takes one batch and handles every message in it. Returns how many it took.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var settings = options.Value;
        QueueMessage[] batch = (await queues.Outbound.ReceiveMessagesAsync(settings.BatchSize, settings.VisibilityTimeout, ct)).Value;
        await Task.WhenAll(batch.Select(message => HandleAsync(message, ct)));
        return batch.Length;
    }

    /// <summary>Handles batches until the queue has nothing visible left (messages waiting for a retry stay).</summary>
    public async Task<int> DrainAsync(CancellationToken ct)
    {
        var total = 0;
        for (int handled; (handled = await RunOnceAsync(ct)) > 0;)
        {
            total += handled;
        }

        return total;
    }

    private async Task HandleAsync(QueueMessage message, CancellationToken ct)
    {
        try
        {
            await sender.ProcessAsync(message, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // Left as it is: the message becomes visible again after its timeout and is tried once more,
            // bounded by the dequeue count.
            Log.OutboundHandlingFailed(logger, e.GetType().Name);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The worker stops before this message was sent: give it back at once, so the next worker (a restart,
            // another instance) need not wait out the visibility timeout.
            await ReleaseAsync(message);
            throw;
        }
    }

    private async Task ReleaseAsync(QueueMessage message)
    {
        try
        {
            await queues.Outbound.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: TimeSpan.Zero, cancellationToken: CancellationToken.None);
            Log.OutboundReleasedOnStop(logger);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Already given back with a delay, or settled: nothing to release.
        }
    }

    private async Task ReadDepthAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (now - depthReadAt < DepthEvery)
        {
            return;
        }

        depthReadAt = now;
        var properties = await queues.Outbound.GetPropertiesAsync(ct);
        metrics.OutboundQueueDepth(properties.Value.ApproximateMessagesCount);
    }
}
