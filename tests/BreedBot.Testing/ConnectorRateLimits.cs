namespace BreedBot.Testing;

/// <summary>
/// The limits the rate-enforcing <see cref="ConnectorStandIn"/> holds senders to, the way Teams counts them:
/// at most <see cref="TenantPerSecond"/> requests of one tenant and <see cref="ConversationPerSecond"/> sends to
/// one conversation in any one-second window.
/// </summary>
public sealed record ConnectorRateLimits(int TenantPerSecond = 50, int ConversationPerSecond = 7)
{
    public static ConnectorRateLimits Teams { get; } = new();

    /// <summary>Both limits times <paramref name="factor"/>, for runs that would otherwise take too long.</summary>
    public ConnectorRateLimits Scaled(int factor) => new(TenantPerSecond * factor, ConversationPerSecond * factor);
}
