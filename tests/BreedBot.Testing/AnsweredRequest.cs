namespace BreedBot.Testing;

/// <summary>A request the <see cref="ConnectorStandIn"/> answered, when (on its clock) and with which status.</summary>
public sealed record AnsweredRequest(RecordedRequest Request, DateTimeOffset At, int StatusCode);
