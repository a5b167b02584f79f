using Azure;
using Azure.Data.Tables;

namespace BreedBot.Storage.Retention;

/// <summary>
/// Deletes the rows a filter selects, a page at a time: a sweep over a big table holds one page of
/// keys, never the whole result. Deleting behind the cursor is safe because a continuation token
/// names the next key to read, not a position.
/// </summary>
internal static class RowSweep
{
    private const int PageSize = 1000;

    public static async Task<int> DeleteAsync(TableClient table, string filter, CancellationToken ct)
    {
        var deleted = 0;
        await foreach (var page in table.QueryAsync<TableEntity>(filter, PageSize, ["PartitionKey", "RowKey"], ct).AsPages())
        {
            foreach (var row in page.Values)
            {
                await DeleteAsync(table, row.PartitionKey, row.RowKey, ct);
                deleted++;
            }
        }

        return deleted;
    }

    /// <summary>Deletes one row; a row already gone (another instance's run got there first) is no error.</summary>
    public static async Task DeleteAsync(TableClient table, string partitionKey, string rowKey, CancellationToken ct)
    {
        try
        {
            await table.DeleteEntityAsync(partitionKey, rowKey, ETag.All, ct);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
        }
    }
}
