using Azure;
using Azure.Data.Tables;
using BreedBot.Domain.Acute;

namespace BreedBot.Storage.Acute;

/// <summary>Row of the UrgentConsults table. PartitionKey = tenant id, RowKey = the requester's member key. No names, no text.</summary>
internal sealed class UrgentConsultEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string TenantId { get; set; } = "";
    public string RequesterKey { get; set; } = "";
    public string ConsultId { get; set; } = "";
    public DateTimeOffset RequestedAt { get; set; }

    public static UrgentConsultEntity From(UrgentConsultRequest request) => new()
    {
        PartitionKey = TableKey.Escape(request.TenantId),
        RowKey = TableKey.Escape(request.RequesterKey),
        TenantId = request.TenantId,
        RequesterKey = request.RequesterKey,
        ConsultId = request.ConsultId,
        RequestedAt = request.RequestedAt,
    };

    public UrgentConsultRequest ToDomain() => new(TenantId, RequesterKey, ConsultId, RequestedAt);
}
