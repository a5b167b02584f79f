using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BreedBot.Storage;

/// <summary>
/// Creates the tables and queues at startup — never in a constructor. When storage is not reachable yet the
/// host still starts (readiness says so) and creation is retried until it succeeds.
/// </summary>
public sealed partial class StorageInitializer(StorageTables tables, StorageQueues queues, StorageReadiness readiness, TimeProvider time, ILogger<StorageInitializer> logger)
    : BackgroundService
{
    private static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(5);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // Try once before the host starts listening, so a healthy start is ready from its first request.
        await TryCreateAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!readiness.TablesCreated && !stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(RetryInterval, time, stoppingToken);
            await TryCreateAsync(stoppingToken);
        }
    }

    public async Task<bool> TryCreateAsync(CancellationToken ct)
    {
        try
        {
            foreach (var table in tables.Each())
            {
                await table.CreateIfNotExistsAsync(ct);
            }

            foreach (var queue in queues.Each())
            {
                await queue.CreateIfNotExistsAsync(cancellationToken: ct);
            }

            readiness.TablesCreated = true;
            LogTablesReady(logger, StorageTables.All.Count);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogStorageUnavailable(logger, e.GetType().Name);
            return false;
        }
    }

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Storage ready: {TableCount} tables exist")]
    private static partial void LogTablesReady(ILogger logger, int tableCount);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Storage not reachable yet ({ErrorType}); retrying")]
    private static partial void LogStorageUnavailable(ILogger logger, string errorType);
}
