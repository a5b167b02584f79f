namespace BreedBot.Domain.Outbound;

/// <summary>Where one proactive message to one recipient stands. Only <see cref="Sending"/> is not final.</summary>
public enum DeliveryOutcome
{
    /// <summary>A worker claimed it and may be sending it right now (or crashed while doing so).</summary>
    Sending,

    Sent,

    /// <summary>The person blocked BreedBot (403 ConversationBlockedByUser / MessageWritesBlocked).</summary>
    BlockedByUser,

    /// <summary>BreedBot was removed, never installed for them, or disabled by an admin (403).</summary>
    BotNotInstalled,

    /// <summary>The conversation is gone (404) or the person left the team.</summary>
    NotFound,

    /// <summary>Kept failing (429s or transient errors) until the retry budget ran out; moved to the poison queue.</summary>
    Failed,
}
