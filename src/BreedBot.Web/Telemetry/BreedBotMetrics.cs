using System.Diagnostics.Metrics;

namespace BreedBot.Web.Telemetry;

/// <summary>BreedBot's own metrics. Tags are activity types and outcomes — nothing a user wrote.</summary>
internal sealed class BreedBotMetrics
{
    public const string MeterName = "BreedBot";

    private readonly Counter<long> activities;

    public BreedBotMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        activities = meter.CreateCounter<long>("breedbot.activities", unit: "{activity}", description: "Activities handled, by type and outcome");
    }

    public void ActivityHandled(string activityType, string outcome) =>
        activities.Add(1, new KeyValuePair<string, object?>("activity.type", activityType), new KeyValuePair<string, object?>("outcome", outcome));
}
