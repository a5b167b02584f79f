using Azure;
using Azure.Data.Tables;

namespace BreedBot.Storage.Reflections;

/// <summary>
/// Row of the ReflectionShares table: a reflection shared with a partner, seen from the partner.
/// PartitionKey = tenant id + "|" + partner key (so "what was shared with me" is one partition),
/// RowKey = author key + "|" + reflection id. No text: the answers and the response stay on the author's row.
/// </summary>
internal sealed class ReflectionShareEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string TenantId { get; set; } = "";
    public string PartnerKey { get; set; } = "";
    public string AuthorKey { get; set; } = "";
    public string ReflectionId { get; set; } = "";
    public DateTimeOffset SharedAt { get; set; }

    public static string Partition(string tenantId, string partnerKey) => TableKey.Escape(tenantId) + "|" + TableKey.Escape(partnerKey);

    public static string Row(string authorKey, string reflectionId) => TableKey.Escape(authorKey) + "|" + TableKey.Escape(reflectionId);

    public static ReflectionShareEntity From(ReflectionShare share) => new()
    {
        PartitionKey = Partition(share.TenantId, share.PartnerKey),
        RowKey = Row(share.AuthorKey, share.ReflectionId),
        TenantId = share.TenantId,
        PartnerKey = share.PartnerKey,
        AuthorKey = share.AuthorKey,
        ReflectionId = share.ReflectionId,
        SharedAt = share.SharedAt,
    };

    public ReflectionShare ToDomain() => new(TenantId, PartnerKey, AuthorKey, ReflectionId, SharedAt);
}
