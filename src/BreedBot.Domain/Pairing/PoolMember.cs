namespace BreedBot.Domain.Pairing;

/// <summary>A team member as the pool sees them: their pairing answers, opt-in and pause.</summary>
public sealed record PoolMember(PairingCandidate Candidate, bool OptedIn, DateOnly? PausedUntil);
