namespace BreedBot.Domain.Teams;

/// <summary>
/// Where BreedBot can reach a conversation later without being spoken to first: the serviceUrl
/// that arrived in an authenticated activity, the conversation id and the bot's own id in it.
/// </summary>
public sealed record ConversationAddress(string ServiceUrl, string ConversationId, string BotId);
