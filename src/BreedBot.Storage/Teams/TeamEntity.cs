using Azure;
using Azure.Data.Tables;
using BreedBot.Domain.Teams;

namespace BreedBot.Storage.Teams;

/// <summary>Row of the Teams table. PartitionKey = tenant id, RowKey = team id (both <see cref="TableKey"/>-escaped).</summary>
internal sealed class TeamEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string TenantId { get; set; } = "";
    public string TeamId { get; set; } = "";
    public string? TeamName { get; set; }
    public string? AadGroupId { get; set; }
    public string ServiceUrl { get; set; } = "";
    public string ChannelConversationId { get; set; } = "";
    public string BotId { get; set; } = "";
    public string Status { get; set; } = nameof(InstallationStatus.Installed);
    public DateTimeOffset StatusChangedAt { get; set; }
    public DateTimeOffset? WelcomePostedAt { get; set; }
    public int? RotationWeeks { get; set; }

    public static TeamEntity From(TeamInstallation team) => new()
    {
        PartitionKey = TableKey.Escape(team.TenantId),
        RowKey = TableKey.Escape(team.TeamId),
        TenantId = team.TenantId,
        TeamId = team.TeamId,
        TeamName = team.TeamName,
        AadGroupId = team.AadGroupId,
        ServiceUrl = team.Channel.ServiceUrl,
        ChannelConversationId = team.Channel.ConversationId,
        BotId = team.Channel.BotId,
        Status = team.Status.ToString(),
        StatusChangedAt = team.StatusChangedAt,
        WelcomePostedAt = team.WelcomePostedAt,
        RotationWeeks = team.RotationWeeks,
    };

    public TeamInstallation ToDomain() => new(
        TenantId,
        TeamId,
        TeamName,
        AadGroupId,
        new ConversationAddress(ServiceUrl, ChannelConversationId, BotId),
        Enum.Parse<InstallationStatus>(Status),
        StatusChangedAt,
        WelcomePostedAt)
    {
        RotationWeeks = RotationWeeks ?? RotationInterval.DefaultWeeks,
    };
}
