using Azure;
using Azure.Data.Tables;

namespace BreedBot.Storage.Members;

/// <summary>
/// Row of the Memberships table, the index from a person to their teams. PartitionKey = tenant id +
/// "|" + member key, RowKey = team id. Personal-chat commands ("pauze", "stop") read it with one
/// single-partition query instead of scanning every team.
/// </summary>
internal sealed class MembershipEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string TeamId { get; set; } = "";
    public string? TeamName { get; set; }

    public static string Partition(string tenantId, string memberKey) => TableKey.Escape(tenantId) + "|" + TableKey.Escape(memberKey);
}
