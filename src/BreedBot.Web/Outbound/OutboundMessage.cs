using BreedBot.Domain.Teams;
using BreedBot.Web.Cards;

namespace BreedBot.Web.Outbound;

/// <summary>
/// One proactive message for one recipient, rendered by its producer (in the language it chose) before it is
/// queued. <paramref name="RecipientMemberKey"/> null = the team's channel. <paramref name="OccurrenceId"/> names
/// what this is about, e.g. "reminder/2027-W07/&lt;duoKey&gt;": with the recipient it is the delivery's identity,
/// so the same occurrence is never sent twice to the same person.
/// </summary>
public sealed record OutboundMessage(
    string TenantId,
    string TeamId,
    string? RecipientMemberKey,
    string OccurrenceId,
    string Kind,
    RenderedCard? Card,
    string? Text)
{
    /// <summary>
    /// The ISO week ("2027-W07") the delivery is counted in for the owners' status and filed under in
    /// <c>Deliveries</c>; null = the week in which it is queued (Europe/Amsterdam).
    /// </summary>
    public string? Week { get; init; }

    /// <summary>
    /// A reply that could not be sent in its turn: the conversation it answers (the outbox sends there, not to the
    /// team's channel or the person's chat), with <see cref="ReplyToId"/> the activity it answers.
    /// </summary>
    public ConversationAddress? Conversation { get; init; }

    public string? ReplyToId { get; init; }

    /// <summary>
    /// Replaces the card of this activity in <see cref="Conversation"/> (Teams' update-activity) instead of sending a
    /// new message: how a card about something erased is taken back. Retried like any send when it fails.
    /// </summary>
    public string? UpdateOf { get; init; }

    /// <summary>Sends that already timed out (and so may have reached Teams) before the message was queued.</summary>
    public int Timeouts { get; init; }

    /// <summary>The team id under which deliveries outside any team (a reply in a personal chat) are recorded.</summary>
    public const string NoTeam = "~chat";
}
