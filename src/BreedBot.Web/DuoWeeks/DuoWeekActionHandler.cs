using System.Globalization;
using System.Text.Json;
using BreedBot.Connector.Schema;
using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.Scheduling;
using BreedBot.Domain.TeamWeeks;
using BreedBot.Storage;
using BreedBot.Storage.DuoWeeks;
using BreedBot.Web.AfterReply;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;
using BreedBot.Web.Turn;

namespace BreedBot.Web.DuoWeeks;

/// <summary>
/// The reminder card's answers: check-in ("we hebben gesproken"), skip, move. The card's data is checked against
/// the sender and the stored rows (<see cref="DuoWeekAnswerer"/>): the duo must be theirs, in this tenant's team,
/// planned for that week, and the week not over; otherwise a kind message on the card and nothing stored. One
/// partner's check-in counts for the duo: the duo's week and the facts it makes for the team summary are one
/// transaction under the week's ETag. The other partner's reminder card shows it after the reply (<see cref="PartnerCards"/>).
/// </summary>
internal sealed class DuoWeekActionHandler(
    DuoWeekAnswerer answerer, DuoWeekStore weeks, DuoWeekFacts weekFacts, IStepFollowUps followUps, SkipAheadNotices notices, AfterReplyQueue afterReply, TimeProvider time, ILogger<DuoWeekActionHandler> logger)
    : ICardVerbHandler
{
    private const int MaxAttempts = 5;

    public IReadOnlyCollection<CardVerb> Verbs { get; } = [CardVerb.Personal(DuoWeekVerbs.CheckIn), CardVerb.Personal(DuoWeekVerbs.Move), CardVerb.Personal(DuoWeekVerbs.Skip), CardVerb.Personal(DuoWeekVerbs.SkipNext), CardVerb.Personal(DuoWeekVerbs.Step)];

    public async Task<TurnResult> HandleAsync(Activity activity, string verb, JsonElement data, CancellationToken ct)
    {
        var language = UserLanguages.FromLocale(activity.Locale);
        var texts = DuoWeekTexts.For(language);
        var tenantId = activity.GetTenantId();
        var me = ActivityAddress.UserKey(activity.From);
        var teamId = CardText(data, "team");
        var duoKey = CardText(data, "duo");
        if (tenantId is null || me is null || teamId is null || !DuoKey.LooksValid(duoKey)
            || !IsoWeek.TryParse(CardText(data, "week"), out var week)
            || await answerer.FindAsync(tenantId, teamId, week, duoKey!, me, CardMembers(data), ct) is not { } found)
        {
            Log.DuoWeekAnswered(logger, verb, "not-your-duo");
            return TurnResult.Message(texts.NotYourDuo);
        }

        var duo = found.Duo;
        var zone = duo.Schedule.ZoneOf(me);
        var now = time.GetUtcNow();
        var today = LocalMoments.DateIn(now, zone);
        var asked = CardText(data, "asked") == "true";
        if (verb == DuoWeekVerbs.Step)
        {
            // A step may be set on any week's card, also after the week: it is the presser's, not the week's.
            var (what, by) = (CardText(data, "stepWhat"), CardText(data, "stepBy"));
            var kept = await followUps.AddAsync(activity, what, by, ct);
            Log.DuoWeekAnswered(logger, verb, kept.FollowUpOn is null ? "invalid" : "kept");
            return Card(language, duo, me, found.Read.Week, null, today, asked, new DuoStepState(what, by, kept.Problems, kept.FollowUpOn));
        }

        if (verb == DuoWeekVerbs.SkipNext)
        {
            return await SkipNextAsync(language, found, me, now, today, asked, data, ct);
        }

        if (today > week.Sunday)
        {
            Log.DuoWeekAnswered(logger, verb, "week-over");
            return Card(language, duo, me, found.Read.Week, today, asked, texts.WeekOver);
        }

        if (Change(verb, data, now, zone) is not { } change)
        {
            Log.DuoWeekAnswered(logger, verb, "incomplete");
            return Card(language, duo, me, found.Read.Week, today, asked, texts.Incomplete);
        }

        var (stored, outcome) = await WriteAsync(found, verb, change, ct);
        Log.DuoWeekChanged(logger, verb, outcome);
        if (outcome == DuoWeekChange.Done && verb is DuoWeekVerbs.CheckIn or DuoWeekVerbs.Skip)
        {
            await afterReply.RunOrQueueAsync("partner-card", (services, token) => services.GetRequiredService<PartnerCards>().ShowAsync(duo, me, stored, token), ct);
        }

        return Card(language, duo, me, stored, today, asked, outcome switch
        {
            DuoWeekChange.Done => verb == DuoWeekVerbs.Move ? texts.Moved : null,
            DuoWeekChange.AlreadyCheckedIn => texts.AlreadyCheckedIn,
            DuoWeekChange.AlreadySkipped => texts.AlreadySkipped,
            DuoWeekChange.NotThisWeek => texts.MoveNotThisWeek,
            _ => texts.MoveInThePast,
        });
    }

    /// <summary>
    /// "Sla volgende keer over": the duo's next moment (<see cref="DuoNextMoment"/>) skipped ahead of time for the duo,
    /// counted as planned and skipped in its week, and the partner(s) told once. The card stays on its own week.
    /// </summary>
    private async Task<TurnResult> SkipNextAsync(UserLanguage language, FoundDuoWeek found, string me, DateTimeOffset now, DateOnly today, bool asked, JsonElement data, CancellationToken ct)
    {
        var (duo, texts) = (found.Duo, DuoWeekTexts.For(language));
        // Its own input id: the card also carries this week's skip, and two inputs may not share one.
        if (!Enum.TryParse<SkipReason>(CardText(data, "nextReason"), out var reason) || !Enum.IsDefined(reason))
        {
            Log.DuoWeekAnswered(logger, DuoWeekVerbs.SkipNext, "incomplete");
            return Card(language, duo, me, found.Read.Week, today, asked, texts.Incomplete);
        }

        var next = DuoNextMoment.WeekOf(duo.Schedule, me, now, found.Read.Week);
        var read = next == found.Read.Week.Week ? found.Read : await weeks.ReadAsync(duo.Team.TenantId, duo.Team.TeamId, next, duo.Schedule.Key, ct);
        var target = found with { Read = read, PlanToStore = read.Plan is null ? DuoWeekPlan.Of(duo.Schedule, duo.Team.TeamName) : null };
        var (stored, outcome) = await WriteAsync(target, DuoWeekVerbs.SkipNext, w => w.WithSkip(reason), ct);
        Log.DuoWeekChanged(logger, DuoWeekVerbs.SkipNext, outcome);
        var (date, _) = stored.MomentOf(duo.Schedule.Duo.Moment);
        if (outcome == DuoWeekChange.Done)
        {
            await notices.TellPartnersAsync(duo, me, stored.Week, date, ct);
        }

        var shown = next == found.Read.Week.Week ? stored : found.Read.Week;
        var line = outcome switch
        {
            DuoWeekChange.Done => texts.SkippedAhead(DateTexts.Culture(language).DateTimeFormat.GetDayName(date.DayOfWeek), date.ToString("d MMMM", DateTexts.Culture(language))),
            DuoWeekChange.AlreadyCheckedIn => texts.AlreadyCheckedIn,
            _ => texts.AlreadySkipped,
        };
        return TurnResult.Card(DuoReminderCard.Render(language, DuoReminderCards.Model(duo, me, shown, outcome == DuoWeekChange.Done ? null : line) with
        {
            Today = today,
            Asked = asked,
            Notice = outcome == DuoWeekChange.Done ? line : null,
        }));
    }

    // The week and what it means for the team summary in one transaction; after a lost race, read again and decide again.
    private async Task<(DuoWeek Week, DuoWeekChange Change)> WriteAsync(FoundDuoWeek found, string verb, Func<DuoWeek, (DuoWeek, DuoWeekChange)> change, CancellationToken ct)
    {
        var (duo, read) = (found.Duo, found.Read);
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
            if (await weeks.TryWriteAsync(read, updated, found.PlanToStore, facts, duo.Homes is null ? participants : [], ct))
            {
                await weekFacts.CountInOwnTeamsAsync(duo, updated.Week, facts, participants, ct);
                return (updated, outcome);
            }

            read = await weeks.ReadAsync(duo.Team.TenantId, duo.Team.TeamId, read.Week.Week, read.Week.DuoKey, ct);
        }

        throw new StorageConflictException(StorageTables.TeamWeekFactsName, MaxAttempts);
    }

    private static Func<DuoWeek, (DuoWeek, DuoWeekChange)>? Change(string verb, JsonElement data, DateTimeOffset now, TimeZoneInfo zone) => verb switch
    {
        DuoWeekVerbs.CheckIn when Enum.TryParse<DuoActivity>(CardText(data, "what"), out var what) && Enum.IsDefined(what)
            && TryUsefulness(CardText(data, "usefulness"), out var useful) => w => w.WithCheckIn(new DuoCheckIn(what, useful, now)),
        DuoWeekVerbs.Skip when Enum.TryParse<SkipReason>(CardText(data, "reason"), out var reason) && Enum.IsDefined(reason) => w => w.WithSkip(reason),
        DuoWeekVerbs.Move when DateOnly.TryParseExact(CardText(data, "date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && TimeOnly.TryParseExact(CardText(data, "time"), ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) => w => w.WithMove(date, at, now, zone),
        _ => null,
    };

    private static TurnResult Card(UserLanguage language, DuoContext duo, string me, DuoWeek state, DateOnly today, bool asked, string? problem) =>
        Card(language, duo, me, state, problem, today, asked, DuoStepState.Empty);

    private static TurnResult Card(UserLanguage language, DuoContext duo, string me, DuoWeek state, string? problem, DateOnly today, bool asked, DuoStepState step) =>
        TurnResult.Card(DuoReminderCard.Render(language, DuoReminderCards.Model(duo, me, state, problem) with { Today = today, Step = step, Asked = asked }));

    private static bool TryUsefulness(string? text, out int? usefulness)
    {
        usefulness = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && DuoCheckIn.IsValidUsefulness(value))
        {
            usefulness = value;
            return true;
        }

        return false;
    }

    /// <summary>The duo's member keys as the card carries them (cards sent before they did carry none).</summary>
    private static string[]? CardMembers(JsonElement data) =>
        CardText(data, "members")?.Split(',') is { Length: >= 2 and <= DuoWeekAnswerer.MostMembers } keys ? keys : null;

    private static string? CardText(JsonElement data, string name) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
