using Azure.Data.Tables;

namespace BreedBot.Storage;

/// <summary>
/// Query filters as OData text, values quoted and escaped by the SDK. Not the SDK's expression
/// overloads: those compile every captured variable into a new method on each call — a JIT
/// compilation per query, which the inbound benchmark showed as most of a storage turn's CPU.
/// </summary>
internal static class TableFilters
{
    public static string Partition(string partitionKey) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}");

    /// <summary>The rows of one partition with <paramref name="fromRowKey"/> ≤ RowKey &lt; <paramref name="toRowKey"/>.</summary>
    public static string RowRange(string partitionKey, string fromRowKey, string toRowKey) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey} and RowKey ge {fromRowKey} and RowKey lt {toRowKey}");

    /// <summary>The rows of one partition with any of the given row keys (at least one).</summary>
    public static string RowKeys(string partitionKey, IEnumerable<string> rowKeys) =>
        Partition(partitionKey) + " and (" + string.Join(" or ", rowKeys.Select(key => TableClient.CreateQueryFilter($"RowKey eq {key}"))) + ")";

    public static string Status(string status) =>
        TableClient.CreateQueryFilter($"Status eq {status}");

    public static string StatusNot(string status) =>
        TableClient.CreateQueryFilter($"Status ne {status}");
}
