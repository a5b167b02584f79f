using BreedBot.Domain.Scheduling;
using BreedBot.Domain.Teams;
using BreedBot.Domain.TeamWeeks;
using BreedBot.Storage.CourageStories;
using BreedBot.Storage.Teams;
using BreedBot.Storage.TeamWeeks;
using BreedBot.Web.Kernel;
using BreedBot.Web.Outbound;
using BreedBot.Web.Scheduling;

namespace BreedBot.Web.Summaries;

/// <summary>
/// Each installed, unpaused team's weekly summary at its own day and time, in its own zone. The
/// occurrence id is the ISO week ("summary/2027-W07"), so a week has one summary however often the
/// owners move the day, and the scheduler's claim makes it one post across instances. A summary
/// that comes up late is still posted the same local day; later than that it is dropped (a summary
/// of last week on Saturday or Monday is news nobody reads), and its courage stories wait for the next.
/// </summary>
internal sealed class WeeklySummarySource(
    TeamStore teams, TeamWeekFactStore facts, CourageStoryStore stories, WeeklySummaryComposer composer, IOutbox outbox, TimeProvider time, ILogger<WeeklySummarySource> logger)
    : IOccurrenceSource
{
    public const string Kind = "summary";

    /// <summary>How many weeks back a week's salt is forgotten: by then nothing records into it any more.</summary>
    private const int ClosedAfterWeeks = 2;

    public IReadOnlyCollection<string> Kinds { get; } = [Kind];

    public async Task<IReadOnlyList<Occurrence>> DueAsync(DueWindow window, CancellationToken ct)
    {
        var due = new List<Occurrence>();
        foreach (var team in await teams.ListInstalledAsync(ct))
        {
            if (!team.Settings.Paused)
            {
                due.AddRange(DueFor(team, window));
            }
        }

        return due;
    }

    public static IEnumerable<Occurrence> DueFor(TeamInstallation team, DueWindow window)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(window);
        var zone = team.Settings.Zone;
        for (var date = LocalMoments.DateIn(window.From, zone); date <= LocalMoments.DateIn(window.To, zone); date = date.AddDays(1))
        {
            var at = LocalMoments.ToInstant(date, team.Settings.SummaryTime, zone);
            if (date.DayOfWeek == team.Settings.SummaryDay && window.Contains(at))
            {
                yield return new Occurrence(Kind, new OccurrenceScope(team.TenantId, team.TeamId), $"{Kind}/{IsoWeek.Of(date)}", at, LocalMoments.EndOfDay(date, zone));
            }
        }
    }

    public async Task<ClaimOutcome> ActAsync(Occurrence occurrence, OccurrenceTiming timing, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        if (!IsoWeek.TryParse(occurrence.Id[(Kind.Length + 1)..], out var week)
            || await teams.GetAsync(occurrence.Scope.TenantId, occurrence.Scope.ScopeId, ct) is not { Status: InstallationStatus.Installed } team
            || team.Settings.Paused)
        {
            return ClaimOutcome.NothingToDo;
        }

        // The channel has no locale of its own: the team's language (its install's), else Dutch.
        var shown = await stories.TakeForSummaryAsync(team.TenantId, team.TeamId, week, time.GetUtcNow(), ct);
        Log.SummaryStoriesTaken(logger, shown.Count);
        var card = await composer.ComposeAsync(team, week, RecipientLanguages.OfTeam(team), [.. shown.Select(s => s.Text)], ct);
        await outbox.EnqueueAsync(new OutboundMessage(team.TenantId, team.TeamId, null, occurrence.Id, Kind, card, null) { Week = week.ToString() }, ct);
        await facts.ForgetSaltAsync(team.TenantId, team.TeamId, week.AddWeeks(-ClosedAfterWeeks), ct);
        Log.SummaryPosted(logger, timing == OccurrenceTiming.Late ? "late" : "on-time");
        return ClaimOutcome.Acted;
    }

    public Task RecordMissedAsync(Occurrence occurrence, CancellationToken ct)
    {
        Log.SummaryRefused(logger, "missed");
        return Task.CompletedTask;
    }
}
