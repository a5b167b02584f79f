using BreedBot.Domain.Outbound;

namespace BreedBot.Storage.Outbound;

/// <summary>What <see cref="DeliveryStore.ClaimAsync"/> found: the caller may send, or must not.</summary>
public enum DeliveryClaimResult
{
    /// <summary>The caller holds the claim and may send.</summary>
    Claimed,

    /// <summary>Already delivered or settled: drop the queue message.</summary>
    AlreadyFinal,

    /// <summary>Another holder (another queue message, or another receipt of the same one) has a live claim: try again later.</summary>
    HeldElsewhere,
}

/// <param name="ETag">The row as claimed: a retry gives the claim back only if nobody changed it since.</param>
public sealed record DeliveryClaim(DeliveryClaimResult Result, DeliveryRecord Record, Azure.ETag ETag = default);
