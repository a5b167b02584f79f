using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.Pairing;
using BreedBot.Domain.Scheduling;
using BreedBot.Domain.Teams;
using BreedBot.Domain.TeamWeeks;
using BreedBot.Storage.DuoWeeks;
using BreedBot.Storage.Pool;
using BreedBot.Storage.Teams;
using BreedBot.Web.Cards;
using BreedBot.Web.Kernel;
using BreedBot.Web.Outbound;
using BreedBot.Web.Scheduling;

namespace BreedBot.Web.DuoWeeks;

/// <summary>
/// The duos' weekly reminders, next-working-day nudges and "your partner is paused" notices, for
/// every installed team that is not paused. Each is queued in the outbox as one message per recipient and
/// occurrence; the send workers deliver it to the member's personal chat and record the delivery.
/// </summary>
internal sealed class DuoReminderSource(
    TeamStore teams, PoolStore pool, DuoDirectory directory, DuoWeekStore weeks, IOutbox outbox, DuoWeekFacts facts, RecipientLanguages languages, ILogger<DuoReminderSource> logger) : IOccurrenceSource
{
    public IReadOnlyCollection<string> Kinds { get; } = [DuoWeekKinds.DuoReminder, DuoWeekKinds.DuoNudge, DuoWeekKinds.PartnerPaused];

    public async Task<IReadOnlyList<Occurrence>> DueAsync(DueWindow window, CancellationToken ct)
    {
        var due = new List<Occurrence>();
        var around = DuoReminderPlan.WeeksAround(window).ToList();
        foreach (var team in await teams.ListInstalledAsync(ct))
        {
            if (team.Settings.Paused)
            {
                continue;
            }

            due.AddRange(await DueOfAsync(team.TenantId, team.TeamId, await directory.OfTeamAsync(team, ct), around, window, ct));
        }

        // The organisation pools' duos, each tenant's under its pool's scope.
        foreach (var tenantId in await pool.ListPoolTenantsAsync(ct))
        {
            due.AddRange(await DueOfAsync(tenantId, OrganisationPool.ScopeId, await directory.OfPoolAsync(tenantId, ct), around, window, ct));
        }

        return due;
    }

    private async Task<IEnumerable<Occurrence>> DueOfAsync(string tenantId, string scopeId, IReadOnlyList<DuoContext> duos, List<IsoWeek> around, DueWindow window, CancellationToken ct)
    {
        if (duos.Count == 0)
        {
            return [];
        }

        var stored = (await weeks.ListAsync(tenantId, scopeId, around[0], around[^1], ct)).ToDictionary(w => (w.Week, w.DuoKey));
        return duos.SelectMany(duo => DuoReminderPlan.Due(duo.Schedule, w => stored.GetValueOrDefault((w, duo.Schedule.Key)), window));
    }

    public async Task<ClaimOutcome> ActAsync(Occurrence occurrence, OccurrenceTiming timing, CancellationToken ct)
    {
        var id = ReminderOccurrenceId.Parse(occurrence.Id);
        if (id is null || await directory.FindInTeamAsync(occurrence.Scope.TenantId, occurrence.Scope.ScopeId, id.DuoKey, ct) is not ({ } team, { } duo)
            || team.Settings.Paused || id.Recipient >= duo.Schedule.OrderedMembers.Count)
        {
            return ClaimOutcome.NothingToDo;
        }

        var member = duo.Schedule.OrderedMembers[id.Recipient];
        var language = await languages.OfAsync(team.TenantId, member, await HomeLocaleAsync(team, duo, member, ct), ct);
        var texts = DuoWeekTexts.For(language);
        if (occurrence.Kind == DuoWeekKinds.PartnerPaused)
        {
            var today = LocalMoments.DateIn(occurrence.DueAt, duo.Schedule.ZoneOf(member));
            // The team's duos with every member's row: this duo's own context holds only its members' rows. A pool duo
            // gets no stand-in: the pool's other members may be of the same team, or want no second partner that week.
            var teamDuos = OrganisationPool.IsPool(team.TeamId) ? [] : await directory.OfTeamAsync(team, ct);
            var standIn = TemporaryPartner.For(teamDuos.Select(d => d.Schedule), duo.Schedule, today, key => teamDuos.Select(d => d.NameOf(key)).FirstOrDefault(name => name is not null));
            await EnqueueAsync(occurrence, duo, member, IsoWeek.Of(today), null, texts.PartnerPaused(duo.Team.TeamName, standIn), ct);
            return ClaimOutcome.Acted;
        }

        var state = await weeks.GetAsync(duo.Team.TenantId, duo.Team.TeamId, id.Week, duo.Schedule.Key, ct) ?? new DuoWeek(id.Week, duo.Schedule.Key);
        if (!state.IsOpen)
        {
            return ClaimOutcome.NothingToDo;
        }

        if (occurrence.Kind == DuoWeekKinds.DuoNudge)
        {
            await facts.MissedAsync(duo, id.Week, ct);
            // A card, not a line of text: like every card in the personal chat it ends with "acuut gevaar".
            await EnqueueAsync(occurrence, duo, member, id.Week, NoticeCard.Render(language, texts.NudgeTitle, texts.Nudge(duo.Team.TeamName)), null, ct);
        }
        else
        {
            // The plan goes with the week's row before the card goes out: an answer on the card finds it there.
            await facts.PlannedWithWeekAsync(duo, id.Week, ct);
            await EnqueueAsync(occurrence, duo, member, id.Week, DuoReminderCards.For(duo, member, state, language), null, ct);
        }

        return ClaimOutcome.Acted;
    }

    // The pool has no language of its own: a pool duo's member whose own locale is unknown gets their own team's.
    private async Task<string?> HomeLocaleAsync(TeamInstallation team, DuoContext duo, string member, CancellationToken ct) =>
        OrganisationPool.IsPool(team.TeamId) ? (await teams.GetAsync(team.TenantId, duo.TeamOf(member), ct))?.Locale : team.Locale;

    /// <summary>A reminder nobody could send in time still tells the summary that a moment was planned; a late nudge, that it was missed.</summary>
    public async Task RecordMissedAsync(Occurrence occurrence, CancellationToken ct)
    {
        if (ReminderOccurrenceId.Parse(occurrence.Id) is not { } id || occurrence.Kind == DuoWeekKinds.PartnerPaused
            || await directory.FindAsync(occurrence.Scope.TenantId, occurrence.Scope.ScopeId, id.DuoKey, ct) is not { } duo)
        {
            return;
        }

        if (occurrence.Kind == DuoWeekKinds.DuoReminder)
        {
            await facts.PlannedAsync(duo, id.Week, ct);
        }
        else if ((await weeks.GetAsync(duo.Team.TenantId, duo.Team.TeamId, id.Week, duo.Schedule.Key, ct))?.IsOpen != false)
        {
            await facts.MissedAsync(duo, id.Week, ct);
        }
    }

    // One queue message per recipient and occurrence: the occurrence id with the member key is the delivery's
    // identity, so a second act on the same occurrence (a lease taken over, a retried pass) is never sent twice.
    private async Task EnqueueAsync(Occurrence occurrence, DuoContext duo, string member, IsoWeek week, RenderedCard? card, string? text, CancellationToken ct)
    {
        await outbox.EnqueueAsync(
            new OutboundMessage(duo.Team.TenantId, duo.TeamOf(member), member, occurrence.Id, occurrence.Kind, card, text) { Week = week.ToString() }, ct);
        Log.ReminderQueued(logger, occurrence.Kind, 1);
    }
}
