using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.TeamWeeks;
using BreedBot.Storage;
using BreedBot.Storage.DuoWeeks;

namespace BreedBot.Web.DuoWeeks;

/// <summary>
/// An answer on a duo's week and what it means for the team summary, in one transaction under the week's ETag; after a
/// lost race (the partner answered at the same moment) the week is read again and the answer decided again.
/// </summary>
internal sealed class DuoWeekWrites(DuoWeekStore weeks, DuoWeekFacts weekFacts)
{
    private const int MaxAttempts = 5;

    public async Task<(DuoWeek Week, DuoWeekChange Change)> WriteAsync(
        DuoContext duo, DuoWeekRead read, DuoWeekPlan? planToStore, string verb, Func<DuoWeek, (DuoWeek, DuoWeekChange)> change, CancellationToken ct)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var (updated, outcome) = change(read.Week);
            if (outcome != DuoWeekChange.Done)
            {
                return (read.Week, outcome);
            }

            IReadOnlyList<TeamWeekFact> facts = (verb, updated) switch
            {
                (DuoWeekVerbs.CheckIn, { CheckIn: { } checkIn }) => [DuoWeekFacts.Planned(updated.Week, updated.DuoKey), DuoWeekFacts.Held(updated.Week, updated.DuoKey, checkIn)],
                (DuoWeekVerbs.Skip or DuoWeekVerbs.SkipNext, _) => [DuoWeekFacts.Planned(updated.Week, updated.DuoKey), DuoWeekFacts.Skipped(updated.Week, updated.DuoKey)],
                _ => [],
            };
            IReadOnlyCollection<string> participants = verb == DuoWeekVerbs.CheckIn ? duo.Schedule.OrderedMembers : [];
            // A pool duo's participants are counted in their own teams only: the pool's weeks are no team's summary.
            if (await weeks.TryWriteAsync(read, updated, planToStore, facts, duo.Homes is null ? participants : [], ct))
            {
                await weekFacts.CountInOwnTeamsAsync(duo, updated.Week, facts, participants, ct);
                return (updated, outcome);
            }

            read = await weeks.ReadAsync(duo.Team.TenantId, duo.Team.TeamId, read.Week.Week, read.Week.DuoKey, ct);
        }

        throw new StorageConflictException(StorageTables.TeamWeekFactsName, MaxAttempts);
    }
}
