using BreedBot.Connector.Client;

namespace BreedBot.Web.Outbound;

/// <summary>This instance's shared send state: the rate limiter, the tenant pause marks and the retry jitter.</summary>
internal sealed record OutboxPacing(SendRateLimiter Limiter, TenantPauses Pauses, IRetryJitter Jitter);
