using BreedBot.Domain.Teams;

namespace BreedBot.Domain.Outbound;

/// <summary>
/// What happened to one occurrence for one recipient (<see cref="RecipientKey"/> null = the team channel).
/// <see cref="Conversation"/> and <see cref="ActivityId"/> are set once sent, so the card can be updated later.
/// <see cref="ClaimedBy"/> is the receipt of a queue message that holds the claim while <see cref="DeliveryOutcome.Sending"/> (null: given back for a retry).
/// </summary>
public sealed record DeliveryRecord(
    string TenantId,
    string TeamId,
    string Week,
    string OccurrenceId,
    string? RecipientKey,
    string Kind,
    DeliveryOutcome Outcome,
    DateTimeOffset ChangedAt)
{
    public ConversationAddress? Conversation { get; init; }

    public string? ActivityId { get; init; }

    public string? ClaimedBy { get; init; }

    /// <summary>Sends tried for this delivery (each 429 or transient failure counts).</summary>
    public int Attempts { get; init; }

    /// <summary>Why it failed, once <see cref="DeliveryOutcome.Failed"/>; null for rows written before reasons were kept.</summary>
    public DeliveryFailure? Failure { get; init; }

    /// <summary>What Teams last answered when it failed: the status and error code ("400 BadRequest", "503", "timeout"), never a message.</summary>
    public string? Reason { get; init; }

    /// <summary>
    /// Sent after an earlier request timed out: that request may have reached Teams too, so the person may have the
    /// message twice.
    /// </summary>
    public bool PossiblyDuplicated { get; init; }

    public bool IsFinal => Outcome != DeliveryOutcome.Sending;
}
