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

    public bool IsFinal => Outcome != DeliveryOutcome.Sending;
}
