using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.TeamWeeks;
using BreedBot.Storage.DuoWeeks;
using BreedBot.Storage.TeamWeeks;

namespace BreedBot.Web.DuoWeeks;

/// <summary>
/// A duo's week as anonymous team-week facts for the weekly summary: planned (its reminder went out, or it was
/// held or skipped before that), held (what they did, usefulness), skipped, missed (still open when the nudge
/// came). Each fact id is the kind, the week and the duo key, so a fact is stored once per duo and week however
/// often it is recorded (a retried pass, both partners answering). Held and skipped are written by the answer
/// itself, in one transaction with the duo's week (<see cref="DuoWeekActionHandler"/>). A planned or missed fact that
/// cannot be stored is logged and left: the scheduler's own record of the occurrence is already safe.
/// </summary>
internal sealed class DuoWeekFacts(TeamWeekFactStore facts, DuoWeekStore weeks, ILogger<DuoWeekFacts> logger)
{
    /// <summary>The week's reminder goes out: its plan is stored with the duo's week, and the planned fact with it.</summary>
    public async Task PlannedWithWeekAsync(DuoContext duo, IsoWeek week, CancellationToken ct)
    {
        await GuardAsync(TeamWeekFactKind.DuoMomentPlanned, () => weeks.PlanAsync(
            duo.Team.TenantId, duo.Team.TeamId, week, duo.Schedule.Key, DuoWeekPlan.Of(duo.Schedule, duo.Team.TeamName), Planned(week, duo.Schedule.Key), ct));
        await CountInOwnTeamsAsync(duo, week, [Planned(week, duo.Schedule.Key)], [], ct);
    }

    /// <summary>A reminder nobody could send in time: only the fact (there is no card to answer).</summary>
    public Task PlannedAsync(DuoContext duo, IsoWeek week, CancellationToken ct) =>
        RecordAsync(duo, week, Planned(week, duo.Schedule.Key), ct);

    public Task MissedAsync(DuoContext duo, IsoWeek week, CancellationToken ct) =>
        RecordAsync(duo, week, new DuoMomentMissed(Id("missed", week, duo.Schedule.Key)), ct);

    /// <summary>
    /// A pool duo's facts also count in each member's own team week, the summaries' source: the same facts (one fact
    /// id, so once per team however often), and as participants only that team's own members
    /// (<paramref name="participantKeys"/> filtered). A partner from another team never adds to a team's count, so the
    /// summary's k ≥ 3 holds in each team by that team's own people. Nothing for a team's own duo.
    /// </summary>
    public async Task CountInOwnTeamsAsync(DuoContext duo, IsoWeek week, IReadOnlyList<TeamWeekFact> recorded, IReadOnlyCollection<string> participantKeys, CancellationToken ct)
    {
        if (duo.Homes is null || recorded.Count == 0)
        {
            return;
        }

        foreach (var home in duo.Homes.GroupBy(h => h.Value, StringComparer.Ordinal))
        {
            IReadOnlyCollection<string> own = [.. home.Select(h => h.Key).Where(participantKeys.Contains)];
            await GuardAsync(recorded[^1].Kind, () => facts.RecordAsync(duo.Team.TenantId, home.Key, week, recorded, own, ct));
        }
    }

    public static TeamWeekFact Planned(IsoWeek week, string duoKey) => new DuoMomentPlanned(Id("planned", week, duoKey));

    public static TeamWeekFact Held(IsoWeek week, string duoKey, DuoCheckIn checkIn) => new DuoMomentHeld(Id("held", week, duoKey), [checkIn.What], checkIn.Usefulness);

    public static TeamWeekFact Skipped(IsoWeek week, string duoKey) => new DuoMomentSkipped(Id("skipped", week, duoKey));

    private async Task RecordAsync(DuoContext duo, IsoWeek week, TeamWeekFact fact, CancellationToken ct)
    {
        await GuardAsync(fact.Kind, () => facts.RecordAsync(duo.Team.TenantId, duo.Team.TeamId, week, fact, ct));
        await CountInOwnTeamsAsync(duo, week, [fact], [], ct);
    }

    private async Task GuardAsync(TeamWeekFactKind kind, Func<Task> record)
    {
        try
        {
            await record();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.DuoFactFailed(logger, kind, e.GetType().Name);
        }
    }

    private static string Id(string kind, IsoWeek week, string duoKey) => $"duo/{kind}/{week}/{duoKey}";
}
