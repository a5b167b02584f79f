namespace BreedBot.Benchmarks.Outbound;

/// <summary>Teams' limits for proactive sends (50 per second per tenant, 7 per conversation), times a scale factor.</summary>
internal sealed record FanOutLimits(int Scale)
{
    public int TenantPerSecond => 50 * Scale;

    public int ConversationPerSecond => 7 * Scale;
}
