using Azure;
using BreedBot.Domain.Meldcode;
using BreedBot.Domain.Members;
using BreedBot.Domain.Reflections;
using BreedBot.Domain.Teams;
using BreedBot.Domain.TeamWeeks;
using BreedBot.Storage.Members;
using BreedBot.Storage.Teams;
using BreedBot.Storage.TeamWeeks;

namespace BreedBot.Web.Reflections;

/// <summary>
/// Records a reflection's anonymous facts (sources, meldcode step, helping and hindering factors,
/// steps planned and their outcomes) in the week of every team the author is active in. No person
/// id, label or text goes in; the fact ids are derived from the reflection so a repeat is counted once.
/// A failure here is logged and never undoes the reflection: the weekly counts are a by-product.
/// </summary>
internal sealed class ReflectionTeamFacts(TeamWeekFactStore facts, MemberStore members, TeamStore teams, ReflectionClock clock, ILogger<ReflectionTeamFacts> logger)
{
    public Task CompletedAsync(Reflection r, CancellationToken ct) => RecordAsync(r,
    [
        new ReflectionCompleted($"reflection/{r.Id}", r.Discomfort?.Sources ?? [], Step(r.Meldcode?.Stage), r.Factors?.Helps ?? [], r.Factors?.Hinders ?? []),
        new CourageousStepPlanned($"step/{r.Id}/0"),
    ], ct);

    /// <summary>A step chosen outside a reflection (on the duo-moment card): a courageous step planned, no reflection.</summary>
    public Task StepPlannedAsync(Reflection r, CancellationToken ct) => RecordAsync(r, [new CourageousStepPlanned($"step/{r.Id}/0")], ct);

    public Task FollowUpAnsweredAsync(Reflection r, CancellationToken ct)
    {
        var round = r.FollowUps.Count - 1;
        List<TeamWeekFact> list = [new CourageousStepOutcome($"step-outcome/{r.Id}/{round}", r.FollowUps[round].Outcome)];
        if (r.NextStep is not null)
        {
            list.Add(new CourageousStepPlanned($"step/{r.Id}/{round + 1}"));
        }

        return RecordAsync(r, list, ct);
    }

    private static MeldcodeStep? Step(MeldcodeStep? stage) => stage is MeldcodeStep.NotStarted ? null : stage;

    private async Task RecordAsync(Reflection r, IReadOnlyList<TeamWeekFact> list, CancellationToken ct)
    {
        try
        {
            var week = IsoWeek.Of(clock.Now, clock.Zone);
            foreach (var (teamId, _) in await members.ListTeamsOfAsync(r.TenantId, r.AuthorKey, ct))
            {
                if (await teams.GetAsync(r.TenantId, teamId, ct) is not { Status: InstallationStatus.Installed }
                    || await members.GetAsync(r.TenantId, teamId, r.AuthorKey, ct) is not { Status: MembershipStatus.Joined })
                {
                    continue;
                }

                foreach (var fact in list)
                {
                    await facts.RecordAsync(r.TenantId, teamId, week, fact, [r.AuthorKey], ct);
                }
            }
        }
        catch (RequestFailedException e)
        {
            Log.ReflectionFactsFailed(logger, e.Status);
        }
    }
}
