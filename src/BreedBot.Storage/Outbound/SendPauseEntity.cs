using Azure;
using Azure.Data.Tables;

namespace BreedBot.Storage.Outbound;

/// <summary>Row of the SendPauses table. PartitionKey = tenant id, RowKey = "tenant": until when no worker sends to that tenant.</summary>
internal sealed class SendPauseEntity : ITableEntity
{
    public const string TenantRow = "tenant";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = TenantRow;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public DateTimeOffset PausedUntil { get; set; }
}
