using BreedBot.Storage.Members;
using BreedBot.Storage.Retention;
using BreedBot.Storage.Teams;
using BreedBot.Web.Kernel;
using Microsoft.Extensions.Options;

namespace BreedBot.Web.Retention;

/// <summary>
/// Reflections with their follow-ups and the partner's response: an unfinished one goes 14 days
/// after it was started, a finished one after its team's period counted from its last change.
/// A reflection is its author's, not one team's, so when the author is in several teams the
/// shortest of their periods applies: no team's owners are promised less than they chose. The cards BreedBot sent
/// about it are taken back from Teams first (<see cref="IReflectionCards"/>).
/// </summary>
internal sealed class ReflectionRetention(
    AgedReflections aged, IReflectionCards cards, MemberStore members, TeamStore teams, IOptions<RetentionOptions> options) : IRetentionRule
{
    public async Task<int> ApplyAsync(DateTimeOffset now, CancellationToken ct)
    {
        var periods = options.Value;
        var candidates = await aged.ListAsync(
            now - TimeSpan.FromDays(periods.PartialReflectionDays), now - TimeSpan.FromDays(periods.MinDays), ct);
        var teamDays = new Dictionary<(string, string), int>();
        // An author's reflections come together (one partition each): their teams are read once, not per reflection.
        var authorDays = new Dictionary<(string, string), int>();
        var deleted = 0;
        foreach (var reflection in candidates)
        {
            if (reflection.Completed && now - reflection.CountsFrom < TimeSpan.FromDays(await DaysForAuthorAsync(reflection, teamDays, authorDays, ct)))
            {
                continue;
            }

            // Its cards in Teams go too, while their delivery records still say where they are.
            await cards.RetractAsync(reflection.TenantId, reflection.Id, ct);
            await aged.DeleteAsync(reflection, ct);
            deleted++;
        }

        return deleted;
    }

    private async Task<int> DaysForAuthorAsync(
        AgedReflection reflection, Dictionary<(string, string), int> teamDays, Dictionary<(string, string), int> authorDays, CancellationToken ct)
    {
        if (authorDays.TryGetValue((reflection.TenantId, reflection.AuthorKey), out var known))
        {
            return known;
        }

        var periods = options.Value;
        var shortest = periods.DefaultDays;
        var any = false;
        foreach (var (teamId, _) in await members.ListTeamsOfAsync(reflection.TenantId, reflection.AuthorKey, ct))
        {
            if (!teamDays.TryGetValue((reflection.TenantId, teamId), out var days))
            {
                var team = await teams.GetAsync(reflection.TenantId, teamId, ct);
                days = periods.DaysFor(team?.Settings.RetentionDays);
                teamDays[(reflection.TenantId, teamId)] = days;
            }

            shortest = any ? Math.Min(shortest, days) : days;
            any = true;
        }

        authorDays[(reflection.TenantId, reflection.AuthorKey)] = shortest;
        return shortest;
    }
}
