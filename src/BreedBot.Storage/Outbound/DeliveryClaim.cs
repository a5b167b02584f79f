using BreedBot.Domain.Outbound;

namespace BreedBot.Storage.Outbound;

/// <summary>What <see cref="DeliveryStore.ClaimAsync"/> found: the caller may send, or must not.</summary>
public enum DeliveryClaimResult
{
    /// <summary>The caller holds the claim and may send.</summary>
    Claimed,

    /// <summary>Already delivered or settled: drop the queue message.</summary>
    AlreadyFinal,

    /// <summary>Another queue message for the same delivery holds a live claim: try again later.</summary>
    HeldElsewhere,
}

public sealed record DeliveryClaim(DeliveryClaimResult Result, DeliveryRecord Record);
