using BreedBot.Connector.Schema;

namespace BreedBot.Web.Turn;

/// <summary>
/// What an activity BreedBot handles must carry to be handled at all: a conversation with an id, and a sender.
/// Teams always sends them; one without is broken, and delivering it again would not mend it.
/// </summary>
internal static class ActivityShape
{
    /// <summary>Why the activity cannot be handled, or null when it can (unknown types are never refused).</summary>
    public static MalformedReason? Problem(Activity activity)
    {
        if (activity.Type is not (ActivityTypes.Message or ActivityTypes.Invoke or ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate))
        {
            return null;
        }

        return activity.Conversation is null ? MalformedReason.NoConversation
            : string.IsNullOrWhiteSpace(activity.Conversation.Id) ? MalformedReason.NoConversationId
            : string.IsNullOrWhiteSpace(activity.From?.Id) ? MalformedReason.NoSender
            : null;
    }
}

/// <summary>Why an authenticated activity was answered 400.</summary>
internal enum MalformedReason
{
    NoConversation,
    NoConversationId,
    NoSender,
}
