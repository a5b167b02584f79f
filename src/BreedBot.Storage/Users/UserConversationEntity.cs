using Azure;
using Azure.Data.Tables;
using BreedBot.Domain.Teams;

namespace BreedBot.Storage.Users;

/// <summary>Row of the UserConversations table. PartitionKey = tenant id, RowKey = user key (Entra object id, else the Teams user id).</summary>
internal sealed class UserConversationEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string TenantId { get; set; } = "";
    public string UserKey { get; set; } = "";
    public string ServiceUrl { get; set; } = "";
    public string ConversationId { get; set; } = "";
    public string BotId { get; set; } = "";
    public string Status { get; set; } = nameof(InstallationStatus.Installed);
    public DateTimeOffset StatusChangedAt { get; set; }

    public string? Locale { get; set; }

    public static UserConversationEntity From(PersonalInstallation chat) => new()
    {
        PartitionKey = TableKey.Escape(chat.TenantId),
        RowKey = TableKey.Escape(chat.UserKey),
        TenantId = chat.TenantId,
        UserKey = chat.UserKey,
        ServiceUrl = chat.Chat.ServiceUrl,
        ConversationId = chat.Chat.ConversationId,
        BotId = chat.Chat.BotId,
        Status = chat.Status.ToString(),
        StatusChangedAt = chat.StatusChangedAt,
        Locale = chat.Locale,
    };

    public PersonalInstallation ToDomain() => new(
        TenantId,
        UserKey,
        new ConversationAddress(ServiceUrl, ConversationId, BotId),
        Enum.Parse<InstallationStatus>(Status),
        StatusChangedAt)
    {
        Locale = Locale,
    };
}
