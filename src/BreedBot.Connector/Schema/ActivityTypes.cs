namespace BreedBot.Connector.Schema;

/// <summary>Values of <see cref="Activity.Type"/>; receivers must still accept any other value.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string Invoke = "invoke";
    public const string MessageReaction = "messageReaction";
    public const string MessageUpdate = "messageUpdate";
    public const string MessageDelete = "messageDelete";
    public const string Typing = "typing";
    public const string Event = "event";
    public const string EndOfConversation = "endOfConversation";
}
