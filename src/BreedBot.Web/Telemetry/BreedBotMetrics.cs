using System.Diagnostics.Metrics;

namespace BreedBot.Web.Telemetry;

/// <summary>BreedBot's own metrics. Tags are activity types and outcomes — nothing a user wrote.</summary>
internal sealed class BreedBotMetrics
{
    public const string MeterName = "BreedBot";

    private readonly Counter<long> activities;
    private readonly Counter<long> outboundQueued;
    private readonly Counter<long> outboundSends;
    private readonly Counter<long> outboundThrottled;
    private readonly Counter<long> outboundPoisoned;
    private long outboundDepth;

    public BreedBotMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        activities = meter.CreateCounter<long>("breedbot.activities", unit: "{activity}", description: "Activities handled, by type and outcome");
        outboundQueued = meter.CreateCounter<long>("breedbot.outbound.queued", unit: "{message}", description: "Proactive messages queued, by kind");
        outboundSends = meter.CreateCounter<long>("breedbot.outbound.sends", unit: "{message}", description: "Proactive messages settled, by kind and outcome");
        outboundThrottled = meter.CreateCounter<long>("breedbot.outbound.throttled", unit: "{response}", description: "429 answers from Teams to queued sends");
        outboundPoisoned = meter.CreateCounter<long>("breedbot.outbound.poisoned", unit: "{message}", description: "Queue messages moved to the poison queue");
        meter.CreateObservableGauge("breedbot.outbound.queue_depth", () => Interlocked.Read(ref outboundDepth), unit: "{message}", description: "Approximate messages in the outbound queue");
    }

    public void ActivityHandled(string activityType, string outcome) =>
        activities.Add(1, new KeyValuePair<string, object?>("activity.type", activityType), new KeyValuePair<string, object?>("outcome", outcome));

    public void OutboundQueued(string kind) => outboundQueued.Add(1, new KeyValuePair<string, object?>("kind", kind));

    public void OutboundSent(string kind, string outcome) =>
        outboundSends.Add(1, new KeyValuePair<string, object?>("kind", kind), new KeyValuePair<string, object?>("outcome", outcome));

    public void OutboundThrottled() => outboundThrottled.Add(1);

    public void OutboundPoisoned() => outboundPoisoned.Add(1);

    public void OutboundQueueDepth(long depth) => Interlocked.Exchange(ref outboundDepth, depth);
}
