using Azure;
using Azure.Data.Tables;
using BreedBot.Domain.Outbound;
using BreedBot.Domain.Teams;

namespace BreedBot.Storage.Outbound;

/// <summary>
/// Row of the Deliveries table. PartitionKey = tenant id + "|" + team id + "|" + ISO week ("2027-W07"), so a
/// week's status is one partition; RowKey = occurrence id + "|" + recipient member key (or "~channel").
/// </summary>
internal sealed class DeliveryEntity : ITableEntity
{
    public const string ChannelRecipient = "~channel";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string TenantId { get; set; } = "";
    public string TeamId { get; set; } = "";
    public string Week { get; set; } = "";
    public string OccurrenceId { get; set; } = "";
    public string? RecipientKey { get; set; }
    public string Kind { get; set; } = "";
    public string Outcome { get; set; } = nameof(DeliveryOutcome.Sending);
    public DateTimeOffset ChangedAt { get; set; }
    public int Attempts { get; set; }
    public string? Failure { get; set; }
    public string? Reason { get; set; }
    public bool PossiblyDuplicated { get; set; }
    public string? ClaimedBy { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ConversationId { get; set; }
    public string? BotId { get; set; }
    public string? ActivityId { get; set; }

    public static string Partition(string tenantId, string teamId, string week) =>
        TableKey.Escape(tenantId) + "|" + TableKey.Escape(teamId) + "|" + TableKey.Escape(week);

    public static string Row(string occurrenceId, string? recipientKey) =>
        TableKey.Escape(occurrenceId) + "|" + (recipientKey is null ? ChannelRecipient : TableKey.Escape(recipientKey));

    public static DeliveryEntity From(DeliveryRecord record) => new()
    {
        PartitionKey = Partition(record.TenantId, record.TeamId, record.Week),
        RowKey = Row(record.OccurrenceId, record.RecipientKey),
        TenantId = record.TenantId,
        TeamId = record.TeamId,
        Week = record.Week,
        OccurrenceId = record.OccurrenceId,
        RecipientKey = record.RecipientKey,
        Kind = record.Kind,
        Outcome = record.Outcome.ToString(),
        ChangedAt = record.ChangedAt,
        Attempts = record.Attempts,
        Failure = record.Failure?.ToString(),
        Reason = record.Reason,
        PossiblyDuplicated = record.PossiblyDuplicated,
        ClaimedBy = record.ClaimedBy,
        ServiceUrl = record.Conversation?.ServiceUrl,
        ConversationId = record.Conversation?.ConversationId,
        BotId = record.Conversation?.BotId,
        ActivityId = record.ActivityId,
    };

    public DeliveryRecord ToDomain() => new(TenantId, TeamId, Week, OccurrenceId, RecipientKey, Kind, Enum.Parse<DeliveryOutcome>(Outcome), ChangedAt)
    {
        Attempts = Attempts,
        Failure = Enum.TryParse<DeliveryFailure>(Failure, out var failure) ? failure : null,
        Reason = Reason,
        PossiblyDuplicated = PossiblyDuplicated,
        ClaimedBy = ClaimedBy,
        ActivityId = ActivityId,
        Conversation = ServiceUrl is not null && ConversationId is not null && BotId is not null
            ? new ConversationAddress(ServiceUrl, ConversationId, BotId)
            : null,
    };
}
