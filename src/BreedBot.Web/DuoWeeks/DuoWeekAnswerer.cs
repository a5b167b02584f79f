using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.Members;
using BreedBot.Domain.TeamWeeks;
using BreedBot.Storage.DuoWeeks;
using BreedBot.Storage.Members;
using BreedBot.Web.Kernel;

namespace BreedBot.Web.DuoWeeks;

/// <summary>
/// Finds the duo a reminder card's answer is about, and its week, trusting nothing the card says until stored rows
/// agree. The card names the team, week, duo key and the duo's member keys. When the member keys are exactly the ones
/// the duo key hashes, include the sender, and the week's row in that team holds the scheduler's plan for that duo
/// (written when its reminder went out), the duo is the sender's — and both rows are read side by side: the week with
/// its plan and salt, and the members' own rows (names, status, time zones). Two requests, one round trip. Anything
/// else (a card from before cards carried member keys, a week without a plan, a sender no longer in the team) is
/// checked the long way against the team's current rotation, as every answer was before.
/// <para>
/// A forged card gets nowhere: another team's id finds no row of the sender in that team's partition; another duo's
/// key does not hash from keys that include the sender; a made-up duo has no plan and is not in the rotation.
/// </para>
/// <para>
/// What the short way does not ask, on purpose: whether the duo is still the team's current one, and whether the team
/// still has BreedBot. A duo that was reminded this week can answer that week's card after a re-pairing (they may well
/// have met), and a team that removed BreedBot since keeps the answer until its data goes at the end of the grace period.
/// </para>
/// </summary>
internal sealed class DuoWeekAnswerer(DuoDirectory directory, MemberStore members, DuoWeekStore weeks, IStoredTimeZones timeZones)
{
    /// <summary>A trio at most; a card claiming more is not read by its keys.</summary>
    public const int MostMembers = 3;

    public async Task<FoundDuoWeek?> FindAsync(
        string tenantId, string teamId, IsoWeek week, string duoKey, string me, IReadOnlyList<string>? cardMembers, CancellationToken ct)
    {
        DuoWeekRead? read = null;
        if (cardMembers is not null && cardMembers.Contains(me, StringComparer.Ordinal) && DuoKey.Names(duoKey, cardMembers))
        {
            var weekRead = weeks.ReadAsync(tenantId, teamId, week, duoKey, ct);
            var rowsRead = members.ReadAsync(tenantId, teamId, cardMembers, ct);
            await Task.WhenAll(weekRead, rowsRead);
            read = weekRead.Result;
            var rows = rowsRead.Result.Members;
            if (read.Plan is { } plan && rows.Count == cardMembers.Count
                && rows.FirstOrDefault(m => m.MemberKey == me && m.Status != MembershipStatus.Removed) is { } sender)
            {
                timeZones.Read(tenantId, me, sender.TimeZoneId);
                return new FoundDuoWeek(DuoDirectory.Planned(tenantId, teamId, duoKey, plan, cardMembers, rows), read, null);
            }
        }

        if (await directory.FindAsync(tenantId, teamId, duoKey, ct) is not { } duo || !duo.Schedule.OrderedMembers.Contains(me))
        {
            return null;
        }

        read ??= await weeks.ReadAsync(tenantId, teamId, week, duoKey, ct);
        // From now on the week's row says what the rotation said, and the next answer takes the short way.
        return new FoundDuoWeek(duo, read, read.Plan is null ? DuoWeekPlan.Of(duo.Schedule, duo.Team.TeamName) : null);
    }
}

/// <summary>The duo an answer is about, its week as read, and the plan to store with the week when it has none yet.</summary>
internal sealed record FoundDuoWeek(DuoContext Duo, DuoWeekRead Read, DuoWeekPlan? PlanToStore);
