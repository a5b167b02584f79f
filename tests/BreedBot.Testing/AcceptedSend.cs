namespace BreedBot.Testing;

/// <summary>An activity the <see cref="ConnectorStandIn"/> accepted (answered 2xx) for a conversation, at the stand-in's clock.</summary>
public sealed record AcceptedSend(DateTimeOffset At, string TenantId, string ConversationId, string ActivityId, RecordedRequest Request);
