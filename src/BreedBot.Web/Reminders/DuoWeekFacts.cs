using BreedBot.Domain.Scheduling;
using BreedBot.Domain.TeamWeeks;
using BreedBot.Storage.TeamWeeks;

namespace BreedBot.Web.Reminders;

/// <summary>
/// A duo's week as anonymous team-week facts for the weekly summary: planned (its reminder went out, or it was
/// held or skipped before that), held (what they did, usefulness), skipped, missed (still open when the nudge
/// came). Each fact id is the kind, the week and the duo key, so a fact is stored once per duo and week however
/// often it is recorded (a retried pass, both partners answering). A fact that cannot be stored is logged and
/// left: the duo's own answer is already safe in DuoWeeks.
/// </summary>
internal sealed class DuoWeekFacts(TeamWeekFactStore facts, ILogger<DuoWeekFacts> logger)
{
    public Task PlannedAsync(DuoContext duo, IsoWeek week, CancellationToken ct) =>
        RecordAsync(duo, week, new DuoMomentPlanned(Id("planned", week, duo)), [], ct);

    // Planned and held (or skipped) in one store call: the week's salt is read once, not once per fact.
    public Task HeldAsync(DuoContext duo, IsoWeek week, DuoCheckIn checkIn, CancellationToken ct) =>
        RecordAsync(duo, week, [new DuoMomentPlanned(Id("planned", week, duo)), new DuoMomentHeld(Id("held", week, duo), [checkIn.What], checkIn.Usefulness)], duo.Schedule.OrderedMembers, ct);

    public Task SkippedAsync(DuoContext duo, IsoWeek week, CancellationToken ct) =>
        RecordAsync(duo, week, [new DuoMomentPlanned(Id("planned", week, duo)), new DuoMomentSkipped(Id("skipped", week, duo))], [], ct);

    public Task MissedAsync(DuoContext duo, IsoWeek week, CancellationToken ct) =>
        RecordAsync(duo, week, new DuoMomentMissed(Id("missed", week, duo)), [], ct);

    private Task RecordAsync(DuoContext duo, IsoWeek week, TeamWeekFact fact, IReadOnlyCollection<string> participants, CancellationToken ct) =>
        RecordAsync(duo, week, [fact], participants, ct);

    private async Task RecordAsync(DuoContext duo, IsoWeek week, IReadOnlyList<TeamWeekFact> recorded, IReadOnlyCollection<string> participants, CancellationToken ct)
    {
        try
        {
            await facts.RecordAsync(duo.Team.TenantId, duo.Team.TeamId, week, recorded, participants, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.DuoFactFailed(logger, recorded[^1].Kind, e.GetType().Name);
        }
    }

    private static string Id(string kind, IsoWeek week, DuoContext duo) => $"duo/{kind}/{week}/{duo.Schedule.Key}";
}
