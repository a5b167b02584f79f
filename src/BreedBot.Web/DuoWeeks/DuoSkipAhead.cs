using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.Scheduling;
using BreedBot.Domain.TeamWeeks;
using BreedBot.Storage.DuoWeeks;
using BreedBot.Web.Kernel;

namespace BreedBot.Web.DuoWeeks;

/// <summary>
/// "Sla volgende keer over", wherever it is pressed (the reminder, the duomoment card, the duo card): the duo's next
/// moment (<see cref="DuoNextMoment"/>, after its rhythm and the team's quiet weeks) skipped ahead of time for the
/// duo, counted as planned and skipped in its week, and the partner(s) told once (<see cref="SkipAheadNotices"/>).
/// </summary>
internal sealed class DuoSkipAhead(DuoDirectory directory, DuoWeekStore weeks, DuoWeekWrites writes, SkipAheadNotices notices, TimeProvider time, ILogger<DuoSkipAhead> logger)
    : IDuoSkipAhead
{
    public async Task<SkippedAhead?> SkipNextAsync(string tenantId, string teamId, string duoKey, string memberKey, SkipReason reason, CancellationToken ct)
    {
        if (await directory.FindInTeamAsync(tenantId, teamId, duoKey, ct) is not (_, { } duo) || !duo.Schedule.OrderedMembers.Contains(memberKey))
        {
            return null;
        }

        var week = IsoWeek.Of(LocalMoments.DateIn(time.GetUtcNow(), duo.Schedule.ZoneOf(memberKey)));
        var (stored, change, date) = await SkipNextAsync(duo, memberKey, reason, await weeks.ReadAsync(tenantId, teamId, week, duoKey, ct), ct);
        return new SkippedAhead(stored.Week, date, change);
    }

    /// <summary>
    /// The skip itself. <paramref name="thisWeek"/> is the week the presser is in (its state decides whether this week's
    /// moment is still the next one); the duo's calendar is the current rotation's when the duo is still in it.
    /// </summary>
    public async Task<(DuoWeek Stored, DuoWeekChange Change, DateOnly Date)> SkipNextAsync(DuoContext duo, string me, SkipReason reason, DuoWeekRead thisWeek, CancellationToken ct)
    {
        var next = DuoNextMoment.WeekOf(duo.Schedule, me, time.GetUtcNow(), thisWeek.Week);
        var read = next == thisWeek.Week.Week ? thisWeek : await weeks.ReadAsync(duo.Team.TenantId, duo.Team.TeamId, next, duo.Schedule.Key, ct);
        var (stored, change) = await writes.WriteAsync(duo, read, read.Plan is null ? DuoWeekPlan.Of(duo.Schedule, duo.Team.TeamName) : null, DuoWeekVerbs.SkipNext, w => w.WithSkip(reason), ct);
        Log.DuoWeekChanged(logger, DuoWeekVerbs.SkipNext, change);
        var (date, _) = stored.MomentOf(duo.Schedule.Duo.Moment);
        if (change == DuoWeekChange.Done)
        {
            await notices.TellPartnersAsync(duo, me, stored.Week, date, ct);
        }

        return (stored, change, date);
    }
}
