using BreedBot.Connector.Schema;
using BreedBot.Domain.Reflections;
using BreedBot.Storage.Members;
using BreedBot.Web.Cards;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Reflections;

/// <summary>What follows the last step: the partners receive the shared reflection, and the author sees the summary.</summary>
internal sealed class ReflectionCompletion(ReflectionSharing sharing, ReflectionRetraction retraction, ReflectionTeamFacts facts, MemberStore members, ReflectionClock clock, ILogger<ReflectionCompletion> logger)
{
    public async Task<RenderedCard> CompleteAsync(Activity activity, Reflection reflection, IReadOnlyList<ReflectionPartner> duo, UserLanguage language, CancellationToken ct)
    {
        if (ReflectionShortcuts.CountsWhenDone(reflection))
        {
            await facts.CompletedAsync(reflection, ct);
        }

        var sent = reflection.Shared == true ? await sharing.SendToPartnersAsync(reflection, duo, activity.From?.Name, language, ct) : 0;
        Log.ReflectionCompleted(logger, sent);
        await retraction.RecordSummaryCardAsync(activity, reflection, ct);
        return ReflectionSummaryCard.Render(language, reflection, CompletedOn(reflection), [.. duo.Where(p => reflection.SharedWith.Contains(p.Member.MemberKey)).Select(p => p.Member.Name ?? "?")]);
    }

    public async Task<RenderedCard> SummaryAsync(Reflection reflection, UserLanguage language, CancellationToken ct)
    {
        var names = new List<string>();
        foreach (var key in reflection.SharedWith)
        {
            foreach (var (teamId, _) in await members.ListTeamsOfAsync(reflection.TenantId, key, ct))
            {
                if (await members.GetAsync(reflection.TenantId, teamId, key, ct) is { Name: { } name })
                {
                    names.Add(name);
                    break;
                }
            }
        }

        return ReflectionSummaryCard.Render(language, reflection, CompletedOn(reflection), names);
    }

    private DateOnly CompletedOn(Reflection reflection) => ReflectionSchedule.LocalDate(reflection.CompletedAt ?? clock.Now, clock.Zone);
}
