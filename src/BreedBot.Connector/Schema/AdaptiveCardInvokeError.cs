namespace BreedBot.Connector.Schema;

public sealed record AdaptiveCardInvokeError(string Code, string Message);
