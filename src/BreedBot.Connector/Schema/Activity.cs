using System.Text.Json;
using System.Text.Json.Serialization;

namespace BreedBot.Connector.Schema;

/// <summary>A Bot Framework activity as Teams sends and receives it.</summary>
public sealed partial class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public DateTimeOffset? Timestamp { get; set; }
    public DateTimeOffset? LocalTimestamp { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public string? Text { get; set; }
    public string? TextFormat { get; set; }
    public string? Locale { get; set; }
    public string? Summary { get; set; }
    public JsonElement? Value { get; set; }
    public string? Name { get; set; }
    public string? Action { get; set; }
    public string? ReplyToId { get; set; }
    public IList<ChannelAccount>? MembersAdded { get; set; }
    public IList<ChannelAccount>? MembersRemoved { get; set; }
    public IList<Attachment>? Attachments { get; set; }
    public IList<Entity>? Entities { get; set; }
    public TeamsChannelData? ChannelData { get; set; }
    public string? InputHint { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
