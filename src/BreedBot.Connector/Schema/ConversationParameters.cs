using System.Text.Json;
using System.Text.Json.Serialization;

namespace BreedBot.Connector.Schema;

/// <summary>The body of <c>POST v3/conversations</c>.</summary>
public sealed class ConversationParameters
{
    public bool IsGroup { get; set; }
    public ChannelAccount? Bot { get; set; }
    public IList<ChannelAccount>? Members { get; set; }
    public string? TopicName { get; set; }
    public string? TenantId { get; set; }
    public Activity? Activity { get; set; }
    public TeamsChannelData? ChannelData { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>A 1:1 chat between the bot (<c>28:&lt;appId&gt;</c>) and one user (<c>29:…</c>), for proactive messages.</summary>
    public static ConversationParameters PersonalChat(string botId, string userId, string tenantId)
    {
        ArgumentException.ThrowIfNullOrEmpty(botId);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        return new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = botId },
            Members = [new ChannelAccount { Id = userId }],
            TenantId = tenantId,
            ChannelData = new TeamsChannelData { Tenant = new TenantInfo { Id = tenantId } },
        };
    }

    /// <summary>A new thread in a channel (<c>19:…@thread.tacv2</c>) that starts with <paramref name="firstActivity"/>.</summary>
    public static ConversationParameters ChannelThread(string channelId, Activity firstActivity, string? tenantId = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentNullException.ThrowIfNull(firstActivity);
        return new ConversationParameters
        {
            IsGroup = true,
            Activity = firstActivity,
            TenantId = tenantId,
            ChannelData = new TeamsChannelData
            {
                Channel = new ChannelInfo { Id = channelId },
                Tenant = tenantId is null ? null : new TenantInfo { Id = tenantId },
            },
        };
    }
}
