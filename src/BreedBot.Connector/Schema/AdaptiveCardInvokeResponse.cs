using System.Text.Json.Nodes;

namespace BreedBot.Connector.Schema;

/// <summary>The body of the answer to an <c>adaptiveCard/action</c> invoke (always sent with HTTP 200).</summary>
public sealed record AdaptiveCardInvokeResponse(int StatusCode, string Type, object Value)
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    /// <summary>Replaces the card for the user who acted.</summary>
    public static AdaptiveCardInvokeResponse Card(JsonNode card) => new(200, CardType, card);

    /// <summary>Shows a short text to the user who acted.</summary>
    public static AdaptiveCardInvokeResponse Message(string text) => new(200, MessageType, text);

    public static AdaptiveCardInvokeResponse Error(int status, string code, string message) =>
        new(status, ErrorType, new AdaptiveCardInvokeError(code, message));

    public InvokeResponse ToInvokeResponse() => InvokeResponse.Ok(this);
}
