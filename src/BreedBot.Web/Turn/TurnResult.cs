using BreedBot.Connector.Schema;
using BreedBot.Web.Cards;

namespace BreedBot.Web.Turn;

/// <summary>What the endpoint answers after a handler ran: plain 200, an invoke body, or 503 to ask Teams to try again.</summary>
internal sealed record TurnResult(InvokeResponse? InvokeResponse = null, bool Unavailable = false)
{
    public static TurnResult Handled { get; } = new();
    public static TurnResult TryAgain { get; } = new(Unavailable: true);
    public static TurnResult Invoke(InvokeResponse response) => new(response);

    /// <summary>A card action answered with a card: usually the same card, updated in place.</summary>
    public static TurnResult Card(RenderedCard card) => Invoke(AdaptiveCardInvokeResponse.Card(card.Content).ToInvokeResponse());

    /// <summary>A card action answered with a short message; the card stays as it was.</summary>
    public static TurnResult Message(string text) => Invoke(AdaptiveCardInvokeResponse.Message(text).ToInvokeResponse());

    /// <summary>A card action refused, with a kind word the person sees.</summary>
    public static TurnResult Error(int status, string code, string message) => Invoke(AdaptiveCardInvokeResponse.Error(status, code, message).ToInvokeResponse());
}
