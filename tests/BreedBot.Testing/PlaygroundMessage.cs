using System.Text.Json;

namespace BreedBot.Testing;

// One frame of the WebSocket /_ws_conversation/v1/conversations/stream (Playground 0.2.28):
// { "action": "createMessage" | "updateMessage", "actionConversationId": "<conversation id>",
//   "message": { "messageId": "1795871126468", "timestamp": 1795871126468, "from": { "id": "<bot id>" },
//     "text": "...", "textFormat": "markdown", "attachments": [ { "contentType", "content" } ],
//     "attachmentLayout": "list", "mentions": [], ... } }
// An activity with text and attachments arrives as two frames: the text under the activity's id,
// then the attachments under "<id>-<suffix>" with no text. Only the bot's messages are streamed.

/// <summary>A bot message as the Playground shows it.</summary>
public sealed record PlaygroundMessage(
    string Action,
    string ConversationId,
    string MessageId,
    string? FromId,
    string? Text,
    IReadOnlyList<PlaygroundAttachment> Attachments)
{
    public bool IsUpdate => Action == "updateMessage";

    /// <summary>
    /// True for messages in the chat or channel <paramref name="conversationId"/>, including channel
    /// threads, whose conversation id the Playground writes as "&lt;channel id&gt;;messageid=&lt;root id&gt;".
    /// </summary>
    public bool IsIn(string conversationId) =>
        ConversationId == conversationId
        || ConversationId.StartsWith(conversationId + ";messageid=", StringComparison.Ordinal);

    public bool HasAdaptiveCard => Attachments.Any(a => a.IsAdaptiveCard);

    /// <summary>True when any string anywhere in an Adaptive Card of this message contains <paramref name="text"/>.</summary>
    public bool CardContains(string text) =>
        Attachments.Where(a => a.IsAdaptiveCard).Any(a => StringsIn(a.Content).Any(s => s.Contains(text, StringComparison.Ordinal)));

    internal static PlaygroundMessage? Parse(JsonElement frame)
    {
        if (frame.ValueKind != JsonValueKind.Object
            || !frame.TryGetProperty("message", out var message)
            || message.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var attachments = message.TryGetProperty("attachments", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(a => new PlaygroundAttachment(
                a.TryGetProperty("contentType", out var type) ? type.GetString() ?? "" : "",
                a.TryGetProperty("content", out var content) ? content.Clone() : default)).ToList()
            : [];
        return new PlaygroundMessage(
            StringOf(frame, "action") ?? "",
            StringOf(frame, "actionConversationId") ?? "",
            StringOf(message, "messageId") ?? "",
            message.TryGetProperty("from", out var from) ? StringOf(from, "id") : null,
            StringOf(message, "text"),
            attachments);
    }

    private static string? StringOf(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static IEnumerable<string> StringsIn(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => StringsIn(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(StringsIn),
        _ => [],
    };
}

/// <summary>An attachment of a bot message; Content is the card JSON for Adaptive Cards.</summary>
public sealed record PlaygroundAttachment(string ContentType, JsonElement Content)
{
    public bool IsAdaptiveCard => ContentType == "application/vnd.microsoft.card.adaptive";
}
