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
        where T : ITableEntity =>
        await table.TryAddTaggedAsync(entity, ct) is not null;

    /// <summary>Like <see cref="TryAddAsync{T}"/>, returning the new row's ETag (null = the row exists) for a guarded write after it.</summary>
    public static async Task<ETag?> TryAddTaggedAsync<T>(this TableClient table, T entity, CancellationToken ct)
        where T : ITableEntity
    {
        try
        {
            // Success is the answer even if a service left the header out.
            return (await table.AddEntityAsync(entity, ct)).Headers.ETag ?? default(ETag);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return null;
        }
    }

    /// <summary>Like <see cref="TryReplaceAsync{T}"/>, returning the row's new ETag (null = changed since it was read).</summary>
    public static async Task<ETag?> TryReplaceTaggedAsync<T>(this TableClient table, T entity, ETag etag, CancellationToken ct)
        where T : ITableEntity
    {
        try
        {
            return (await table.UpdateEntityAsync(entity, etag, TableUpdateMode.Replace, ct)).Headers.ETag ?? default(ETag);
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            return null;
        }
    }

    public static async Task<bool> TryReplaceAsync<T>(this TableClient table, T entity, ETag etag, CancellationToken ct)
        where T : ITableEntity =>
        await table.TryReplaceTaggedAsync(entity, etag, ct) is not null;

    /// <summary>
    /// Reads a row, lets <paramref name="change"/> edit it (returning false when there is nothing to
    /// change), and writes it back under the ETag it read, re-reading after a lost race.
    /// Returns false when the row does not exist or needed no change.
    /// </summary>
    public static async Task<bool> ChangeAsync<T>(
        this TableClient table, string partitionKey, string rowKey, Func<T, bool> change, int maxAttempts, CancellationToken ct)
        where T : class, ITableEntity
    {
        for (var attempt = 1; attempt <= maxAttempts; attempt++)
        {
            var existing = await table.FindAsync<T>(partitionKey, rowKey, ct);
            if (existing is null || !change(existing))
            {
                return false;
            }

            if (await table.TryReplaceAsync(existing, existing.ETag, ct))
            {
                return true;
            }
        }

        throw new StorageConflictException(table.Name, maxAttempts);
    }
}
