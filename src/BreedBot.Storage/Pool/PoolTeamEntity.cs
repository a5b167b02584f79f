using Azure;
using Azure.Data.Tables;

namespace BreedBot.Storage.Pool;

/// <summary>Row of the PoolTeams table. PartitionKey = tenant id, RowKey = team id: a team in its organisation's pool.</summary>
internal sealed class PoolTeamEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string TenantId { get; set; } = "";
    public string TeamId { get; set; } = "";
    public DateTimeOffset JoinedAt { get; set; }
}
