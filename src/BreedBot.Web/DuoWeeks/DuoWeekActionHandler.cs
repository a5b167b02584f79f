using System.Globalization;
using System.Text.Json;
using BreedBot.Connector.Schema;
using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.Scheduling;
using BreedBot.Domain.TeamWeeks;
using BreedBot.Storage;
using BreedBot.Storage.DuoWeeks;
using BreedBot.Web.AfterReply;
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
internal sealed class DuoWeekActionHandler(DuoWeekAnswerer answerer, DuoWeekStore weeks, AfterReplyQueue afterReply, TimeProvider time, ILogger<DuoWeekActionHandler> logger) : ICardVerbHandler
{
    private const int MaxAttempts = 5;

    public IReadOnlyCollection<CardVerb> Verbs { get; } = [CardVerb.Personal(DuoWeekVerbs.CheckIn), CardVerb.Personal(DuoWeekVerbs.Move), CardVerb.Personal(DuoWeekVerbs.Skip)];

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
        if (LocalMoments.DateIn(now, zone) > week.Sunday)
        {
            Log.DuoWeekAnswered(logger, verb, "week-over");
            return Card(language, duo, me, found.Read.Week, texts.WeekOver);
        }

        if (Change(verb, data, now, zone) is not { } change)
        {
            Log.DuoWeekAnswered(logger, verb, "incomplete");
            return Card(language, duo, me, found.Read.Week, texts.Incomplete);
        }

        var (stored, outcome) = await WriteAsync(found, verb, change, ct);
        Log.DuoWeekChanged(logger, verb, outcome);
        if (outcome == DuoWeekChange.Done && verb is DuoWeekVerbs.CheckIn or DuoWeekVerbs.Skip)
        {
            await afterReply.RunOrQueueAsync("partner-card", (services, token) => services.GetRequiredService<PartnerCards>().ShowAsync(duo, me, stored, token), ct);
        }

        return Card(language, duo, me, stored, outcome switch
        {
            DuoWeekChange.Done => verb == DuoWeekVerbs.Move ? texts.Moved : null,
            DuoWeekChange.AlreadyCheckedIn => texts.AlreadyCheckedIn,
            DuoWeekChange.AlreadySkipped => texts.AlreadySkipped,
            DuoWeekChange.NotThisWeek => texts.MoveNotThisWeek,
            _ => texts.MoveInThePast,
        });
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
                (DuoWeekVerbs.Skip, _) => [DuoWeekFacts.Planned(updated.Week, updated.DuoKey), DuoWeekFacts.Skipped(updated.Week, updated.DuoKey)],
                _ => [],
            };
            IReadOnlyCollection<string> participants = verb == DuoWeekVerbs.CheckIn ? duo.Schedule.OrderedMembers : [];
            if (await weeks.TryWriteAsync(read, updated, found.PlanToStore, facts, participants, ct))
            {
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

    private static TurnResult Card(UserLanguage language, DuoContext duo, string me, DuoWeek state, string? problem)
    {
        var (date, at) = state.MomentOf(duo.Schedule.Duo.Moment);
        var model = new DuoReminderModel(duo.Team.TeamId, duo.Team.TeamName, state.Week, duo.Schedule.Key, duo.Schedule.OrderedMembers, date, at, duo.PartnerNamesOf(me), state, problem);
        return TurnResult.Card(DuoReminderCard.Render(language, model));
    }

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
