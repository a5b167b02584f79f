using Azure.Data.Tables;

namespace BreedBot.Storage;

/// <summary>Answers "can BreedBot use its storage right now?" for the readiness endpoint.</summary>
public sealed class StorageProbe(StorageTables tables, StorageReadiness readiness)
{
    public async Task<bool> IsReadyAsync(CancellationToken ct)
    {
        if (!readiness.TablesCreated)
        {
            return false;
        }

        try
        {
            // A one-row query on an existing table proves the account answers and the table is there.
            await foreach (var _ in tables.Teams.QueryAsync<TableEntity>(maxPerPage: 1, select: ["PartitionKey"], cancellationToken: ct).AsPages(pageSizeHint: 1))
            {
                break;
            }

            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            return false;
        }
    }
}
