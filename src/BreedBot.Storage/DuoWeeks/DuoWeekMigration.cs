using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BreedBot.Storage.DuoWeeks;

/// <summary>
/// Moves duo weeks stored by versions before the move (table DuoWeeks) to their current place among the week's facts,
/// once the tables exist after a start: each row is inserted in its new place unless a newer one is already there,
/// then deleted from the old table. Safe to run on several instances at once and to cut short: every step can be
/// repeated. Until it has run, every read also looks in the old table (<see cref="LegacyDuoWeeks"/>), so nothing is
/// missed meanwhile; a week an older instance still writes there during a rolling deploy is moved at the next start.
/// The old table can be dropped once it stays empty.
/// </summary>
public sealed partial class DuoWeekMigration(StorageTables tables, StorageReadiness readiness, TimeProvider time, ILogger<DuoWeekMigration> logger) : BackgroundService
{
    private static readonly TimeSpan WaitForTables = TimeSpan.FromSeconds(5);

    /// <summary>Moves every row of the old table; returns how many.</summary>
    public async Task<int> MoveAsync(CancellationToken ct)
    {
        var moved = 0;
        await foreach (var row in tables.DuoWeeks.QueryAsync<DuoWeekEntity>(cancellationToken: ct))
        {
            var week = row.ToDomain();
            var tenantAndTeam = row.PartitionKey.Split('|');
            if (tenantAndTeam.Length != 2)
            {
                continue;
            }

            var current = DuoWeekEntity.From(TableKey.Unescape(tenantAndTeam[0]), TableKey.Unescape(tenantAndTeam[1]), week, plan: null);
            // A row already in the new place was written after the move began: it is the newer state.
            await tables.TeamWeekFacts.TryAddAsync(current, ct);
            await Retention.RowSweep.DeleteAsync(tables.DuoWeeks, row.PartitionKey, row.RowKey, ct);
            moved++;
        }

        return moved;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!readiness.TablesCreated)
            {
                await Task.Delay(WaitForTables, time, stoppingToken);
            }

            var moved = await MoveAsync(stoppingToken);
            if (moved > 0)
            {
                LogMoved(logger, moved);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            LogFailed(logger, e.GetType().Name);
        }
    }

    [LoggerMessage(EventId = 2010, Level = LogLevel.Information, Message = "Moved {Count} duo weeks from the DuoWeeks table to TeamWeekFacts")]
    private static partial void LogMoved(ILogger logger, int count);

    [LoggerMessage(EventId = 2011, Level = LogLevel.Warning, Message = "Moving duo weeks to TeamWeekFacts stopped ({ErrorType}); the next start goes on, and reads look in both places meanwhile")]
    private static partial void LogFailed(ILogger logger, string errorType);
}
