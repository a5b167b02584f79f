using Azure;
using Azure.Data.Tables;
using BreedBot.Domain.Courage;
using BreedBot.Domain.Meldcode;
using BreedBot.Domain.TeamWeeks;

namespace BreedBot.Storage.TeamWeeks;

/// <summary>
/// Row of the TeamWeekFacts table. PartitionKey = tenant id + "|" + team id + "|" + ISO week
/// ("2027-W07"). RowKey = "&lt;kind&gt;|&lt;hash of the producer's fact id&gt;" for a fact,
/// "participant|&lt;salted hash of a member key&gt;" for a distinct participant, "salt" for the week's salt.
/// Columns hold enum names and small numbers only.
/// </summary>
internal sealed class TeamWeekFactEntity : ITableEntity
{
    public const string SaltRowKey = "salt";
    public const string ParticipantPrefix = "participant|";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string? Kind { get; set; }
    public string? Activities { get; set; }
    public int? Usefulness { get; set; }
    public string? Sources { get; set; }
    public int? Step { get; set; }
    public string? Helping { get; set; }
    public string? Hindering { get; set; }
    public string? Outcome { get; set; }
    public string? Salt { get; set; }

    public static string Partition(string tenantId, string teamId, IsoWeek week) =>
        TableKey.Escape(tenantId) + "|" + TableKey.Escape(teamId) + "|" + week.ToString();

    public static TeamWeekFactEntity From(string partition, string rowKey, TeamWeekFact fact)
    {
        var row = new TeamWeekFactEntity { PartitionKey = partition, RowKey = rowKey, Kind = fact.Kind.ToString() };
        switch (fact)
        {
            case DuoMomentHeld held:
                row.Activities = Join(held.Activities);
                row.Usefulness = held.Usefulness;
                break;
            case ReflectionCompleted reflection:
                row.Sources = Join(reflection.Sources);
                row.Step = (int?)reflection.Step;
                row.Helping = Join(reflection.Helping);
                row.Hindering = Join(reflection.Hindering);
                break;
            case CourageousStepOutcome outcome:
                row.Outcome = outcome.Outcome.ToString();
                break;
        }

        return row;
    }

    /// <summary>The fact this row holds, or null for the salt and participant rows and for kinds this version does not know.</summary>
    public TeamWeekFact? ToFact()
    {
        if (!Enum.TryParse<TeamWeekFactKind>(Kind, out var kind))
        {
            return null;
        }

        var id = RowKey;
        return kind switch
        {
            TeamWeekFactKind.DuoMomentPlanned => new DuoMomentPlanned(id),
            TeamWeekFactKind.DuoMomentHeld => new DuoMomentHeld(id, StoredDuoActivities.Parse(Activities), Usefulness is >= 1 and <= 5 ? Usefulness : null),
            TeamWeekFactKind.DuoMomentSkipped => new DuoMomentSkipped(id),
            TeamWeekFactKind.DuoMomentMissed => new DuoMomentMissed(id),
            TeamWeekFactKind.ReflectionCompleted => new ReflectionCompleted(
                id,
                Split<DiscomfortSource>(Sources),
                Step is >= 1 and <= 5 ? (MeldcodeStep)Step.Value : null,
                Split<HelpingFactor>(Helping),
                Split<HinderingFactor>(Hindering)),
            TeamWeekFactKind.CourageousStepPlanned => new CourageousStepPlanned(id),
            TeamWeekFactKind.CourageousStepOutcome => Enum.TryParse<StepOutcome>(Outcome, out var outcome)
                ? new CourageousStepOutcome(id, outcome)
                : null,
            _ => null,
        };
    }

    private static string? Join<T>(IEnumerable<T> values)
        where T : struct, Enum =>
        string.Join(',', values.Distinct().Select(v => v.ToString()));

    private static T[] Split<T>(string? text)
        where T : struct, Enum =>
        [.. (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => Enum.TryParse<T>(s, out var value) && Enum.IsDefined(value) ? (T?)value : null)
            .OfType<T>()];
}
