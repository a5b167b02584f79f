using BreedBot.Domain.Scheduling;
using BreedBot.Storage.Scheduling;
using BreedBot.Storage.Teams;
using BreedBot.Storage.Users;
using BreedBot.Domain.Teams;
using BreedBot.Web.Bot;
using BreedBot.Web.Cards;
using BreedBot.Web.Localization;
using BreedBot.Web.Scheduling;

namespace BreedBot.Web.Reminders;

/// <summary>
/// The duos' weekly reminders, next-working-day nudges and "your partner is paused" notices, for
/// every installed team that is not paused. Each goes to the member's personal chat.
/// </summary>
internal sealed class DuoReminderSource(
    TeamStore teams, DuoDirectory directory, DuoWeekStore weeks, UserConversationStore chats, BotMessenger messenger, ILogger<DuoReminderSource> logger) : IOccurrenceSource
{
    public IReadOnlyCollection<string> Kinds { get; } = [OccurrenceKinds.DuoReminder, OccurrenceKinds.DuoNudge, OccurrenceKinds.PartnerPaused];

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

            var duos = await directory.OfTeamAsync(team, ct);
            if (duos.Count == 0)
            {
                continue;
            }

            var stored = (await weeks.ListAsync(team.TenantId, team.TeamId, around[0], around[^1], ct))
                .ToDictionary(w => (w.Week, w.DuoKey));
            foreach (var duo in duos)
            {
                due.AddRange(DuoReminderPlan.Due(duo.Schedule, w => stored.GetValueOrDefault((w, duo.Schedule.Key)), window));
            }
        }

        return due;
    }

    public async Task<ClaimOutcome> ActAsync(Occurrence occurrence, OccurrenceTiming timing, CancellationToken ct)
    {
        var id = ReminderOccurrenceId.Parse(occurrence.Id);
        if (id is null || await directory.FindAsync(occurrence.Scope.TenantId, occurrence.Scope.ScopeId, id.DuoKey, ct) is not { } duo
            || duo.Team.Settings.Paused || id.Recipient >= duo.Schedule.OrderedMembers.Count)
        {
            return ClaimOutcome.NothingToDo;
        }

        var member = duo.Schedule.OrderedMembers[id.Recipient];
        if (await chats.GetAsync(duo.Team.TenantId, member, ct) is not { Status: InstallationStatus.Installed } chat)
        {
            return ClaimOutcome.NothingToDo;
        }

        var texts = ReminderTexts.For(UserLanguage.Dutch);
        if (occurrence.Kind == OccurrenceKinds.PartnerPaused)
        {
            var today = LocalMoments.DateIn(occurrence.DueAt, duo.Schedule.ZoneOf(member));
            var standIn = TemporaryPartner.For(await directory.OfTeamAsync(duo.Team, ct), duo, today);
            await messenger.PostTextAsync(chat.Chat, texts.PartnerPaused(duo.Team.TeamName, standIn), ct);
            Log.ReminderSent(logger, occurrence.Kind);
            return ClaimOutcome.Acted;
        }

        var state = await weeks.GetAsync(duo.Team.TenantId, duo.Team.TeamId, id.Week, duo.Schedule.Key, ct) ?? new DuoWeek(id.Week, duo.Schedule.Key);
        if (!state.IsOpen)
        {
            return ClaimOutcome.NothingToDo;
        }

        if (occurrence.Kind == OccurrenceKinds.DuoNudge)
        {
            await messenger.PostTextAsync(chat.Chat, texts.Nudge(duo.Team.TeamName), ct);
        }
        else
        {
            var (date, time) = state.MomentOf(duo.Schedule.Duo.Moment);
            var model = new DuoReminderModel(duo.Team.TeamId, duo.Team.TeamName, id.Week, duo.Schedule.Key, date, time, duo.PartnerNamesOf(member), state);
            await messenger.PostCardAsync(chat.Chat, DuoReminderCard.Render(UserLanguage.Dutch, model), "nl-NL", ct);
        }

        Log.ReminderSent(logger, occurrence.Kind);
        return ClaimOutcome.Acted;
    }

    public Task RecordMissedAsync(Occurrence occurrence, CancellationToken ct) => Task.CompletedTask;
}
