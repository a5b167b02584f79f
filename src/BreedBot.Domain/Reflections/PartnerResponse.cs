namespace BreedBot.Domain.Reflections;

/// <summary>A duo partner's short response to a shared reflection.</summary>
public sealed record PartnerResponse(string PartnerKey, string Text, DateTimeOffset At);
