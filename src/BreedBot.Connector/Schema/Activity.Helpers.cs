using System.Text.Json;
using System.Text.RegularExpressions;

namespace BreedBot.Connector.Schema;

public sealed partial class Activity
{
    /// <summary>A message in the same conversation, from the bot back to the sender, threaded to this activity.</summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        From = Recipient is null ? null : new ChannelAccount { Id = Recipient.Id, Name = Recipient.Name },
        Recipient = From is null ? null : new ChannelAccount { Id = From.Id, Name = From.Name, AadObjectId = From.AadObjectId },
        Conversation = Conversation is null ? null : new ConversationAccount
        {
            Id = Conversation.Id,
            Name = Conversation.Name,
            ConversationType = Conversation.ConversationType,
            TenantId = Conversation.TenantId,
            IsGroup = Conversation.IsGroup,
        },
        ReplyToId = Id,
        Locale = Locale,
        Text = text,
    };

    /// <summary>The tenant of the conversation: <c>conversation.tenantId</c>, else <c>channelData.tenant.id</c>.</summary>
    public string? GetTenantId()
    {
        var fromConversation = Conversation?.TenantId;
        return string.IsNullOrEmpty(fromConversation) ? ChannelData?.Tenant?.Id : fromConversation;
    }

    /// <summary>The IANA time zone of the sender's Teams client (the <c>clientInfo</c> entity), if sent.</summary>
    public string? GetClientTimezone() =>
        Entities?.Select(entity => entity.GetClientInfoTimezone()).FirstOrDefault(zone => zone is not null);

    /// <summary>The text with every <c>&lt;at&gt;…&lt;/at&gt;</c> mention removed and whitespace trimmed.</summary>
    public string GetTextWithoutMentions() =>
        Text is null ? string.Empty : MentionPattern().Replace(Text, string.Empty).Trim();

    /// <summary>Reads <see cref="Value"/> as <typeparamref name="T"/>; null when absent or not of that shape.</summary>
    public T? GetValue<T>() where T : class
    {
        if (Value is not { ValueKind: JsonValueKind.Object or JsonValueKind.Array } value)
        {
            return null;
        }

        try
        {
            return value.Deserialize<T>(ActivityJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [GeneratedRegex("<at>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MentionPattern();
}
