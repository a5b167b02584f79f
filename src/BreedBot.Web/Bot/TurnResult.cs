using BreedBot.Connector.Schema;

namespace BreedBot.Web.Bot;

/// <summary>What the endpoint answers after a handler ran: plain 200, an invoke body, or 503 to ask Teams to try again.</summary>
internal sealed record TurnResult(InvokeResponse? InvokeResponse = null, bool Unavailable = false)
{
    public static TurnResult Handled { get; } = new();
    public static TurnResult TryAgain { get; } = new(Unavailable: true);
    public static TurnResult Invoke(InvokeResponse response) => new(response);
}
