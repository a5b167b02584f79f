using BreedBot.Domain.Scheduling;
using BreedBot.Web.Scheduling;

namespace BreedBot.Web.Retention;

/// <summary>
/// The daily retention run as a scheduler occurrence: 03:00 Amsterdam time, claimed once per day
/// across instances. A run that comes up late is still worth doing the same day; one missed
/// altogether loses nothing, because the next day's run deletes whatever is due by then.
/// </summary>
internal sealed class RetentionSource(IEnumerable<IRetentionRule> rules, TimeProvider time, ILogger<RetentionSource> logger) : IOccurrenceSource
{
    public const string Kind = "retention";

    // Not a tenant: the run covers the whole deployment, and its claim rows live apart from every tenant's.
    private static readonly OccurrenceScope Scope = new("deployment", "retention");
    private static readonly TimeOnly At = new(3, 0);
    private static TimeZoneInfo Zone => ZoneChoice.Default;

    public IReadOnlyCollection<string> Kinds { get; } = [Kind];

    public Task<IReadOnlyList<Occurrence>> DueAsync(DueWindow window, CancellationToken ct)
    {
        var due = new List<Occurrence>();
        for (var date = LocalMoments.DateIn(window.From, Zone); date <= LocalMoments.DateIn(window.To, Zone); date = date.AddDays(1))
        {
            var at = LocalMoments.ToInstant(date, At, Zone);
            if (window.Contains(at))
            {
                due.Add(new Occurrence(Kind, Scope, $"{Kind}/{date:yyyy-MM-dd}", at, LocalMoments.EndOfDay(date, Zone)));
            }
        }

        return Task.FromResult<IReadOnlyList<Occurrence>>(due);
    }

    public async Task<ClaimOutcome> ActAsync(Occurrence occurrence, OccurrenceTiming timing, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        foreach (var rule in rules)
        {
            var deleted = await rule.ApplyAsync(now, ct);
            Log.RetentionApplied(logger, rule.GetType().Name, deleted);
        }

        return ClaimOutcome.Acted;
    }

    public Task RecordMissedAsync(Occurrence occurrence, CancellationToken ct) => Task.CompletedTask;
}
