using Azure;
using Azure.Data.Tables;

namespace BreedBot.Storage;

/// <summary>
/// The three table operations every store builds on: a point read that treats "absent" as a value,
/// an insert that reports a lost race instead of throwing, and an update guarded by the ETag it read.
/// </summary>
internal static class ConditionalWrites
{
    public static async Task<T?> FindAsync<T>(this TableClient table, string partitionKey, string rowKey, CancellationToken ct)
        where T : class, ITableEntity
    {
        var response = await table.GetEntityIfExistsAsync<T>(partitionKey, rowKey, cancellationToken: ct);
        return response.HasValue ? response.Value : null;
    }

    public static async Task<bool> TryAddAsync<T>(this TableClient table, T entity, CancellationToken ct)
        where T : ITableEntity
    {
        try
        {
            await table.AddEntityAsync(entity, ct);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    public static async Task<bool> TryReplaceAsync<T>(this TableClient table, T entity, ETag etag, CancellationToken ct)
        where T : ITableEntity
    {
        try
        {
            await table.UpdateEntityAsync(entity, etag, TableUpdateMode.Replace, ct);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            return false;
        }
    }
}
