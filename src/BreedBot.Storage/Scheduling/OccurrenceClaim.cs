namespace BreedBot.Storage.Scheduling;

/// <summary>The stored claim on one occurrence.</summary>
public sealed record OccurrenceClaim(string OccurrenceId, string Kind, ClaimStatus Status, DateTimeOffset ClaimedAt, DateTimeOffset LeaseUntil)
{
    /// <summary>Nothing more will happen to it: done or missed, or claimed by an instance whose lease is still running.</summary>
    public bool IsSettledAt(DateTimeOffset now) => Status != ClaimStatus.Claimed || LeaseUntil > now;
}
