using System.Globalization;
using System.Text.Json;
using BreedBot.Connector.Schema;
using BreedBot.Domain.Scheduling;
using BreedBot.Storage.Scheduling;
using BreedBot.Web.Bot;
using BreedBot.Web.Cards;
using BreedBot.Web.Handlers;
using BreedBot.Web.Localization;
using BreedBot.Domain.TeamWeeks;

namespace BreedBot.Web.Reminders;

/// <summary>
/// The reminder card's answers: check-in ("we hebben gesproken"), skip, move. The card's data is
/// checked against the sender: the duo must be theirs, in this tenant's team, in the current
/// rotation, and the week not over; otherwise a kind message on the card and nothing stored.
/// One partner's check-in counts for the duo (ETag-guarded); the other partner's reminder card shows it
/// (<see cref="PartnerCards"/>), and the week's facts go to the team summary (<see cref="DuoWeekFacts"/>).
/// </summary>
internal sealed class DuoWeekActions(
    DuoDirectory directory, DuoWeekStore weeks, PartnerCards partnerCards, DuoWeekFacts facts, TimeProvider time, ILogger<DuoWeekActions> logger) : ICardVerbHandler
{
    public IReadOnlyCollection<string> Verbs { get; } = [DuoReminderCard.CheckInVerb, DuoReminderCard.MoveVerb, DuoReminderCard.SkipVerb];

    public async Task<TurnResult> HandleAsync(Activity activity, string verb, JsonElement data, CancellationToken ct)
    {
        var language = UserLanguages.FromLocale(activity.Locale);
        var texts = ReminderTexts.For(language);
        var tenantId = activity.GetTenantId();
        var me = ActivityAddress.UserKey(activity.From);
        var teamId = Text(data, "team");
        var duoKey = Text(data, "duo");
        if (tenantId is null || me is null || teamId is null || !DuoKey.LooksValid(duoKey)
            || !IsoWeek.TryParse(Text(data, "week"), out var week)
            || await directory.FindAsync(tenantId, teamId, duoKey!, ct) is not { } duo
            || !duo.Schedule.OrderedMembers.Contains(me))
        {
            Log.DuoWeekAnswered(logger, verb, "not-your-duo");
            return Message(texts.NotYourDuo);
        }

        var zone = duo.Schedule.ZoneOf(me);
        var now = time.GetUtcNow();
        // Read here only for a refusal: ChangeAsync reads the week itself, and a second read would cost every answer a round trip.
        async Task<DuoWeek> CurrentAsync() => await weeks.GetAsync(tenantId, teamId, week, duo.Schedule.Key, ct) ?? new DuoWeek(week, duo.Schedule.Key);
        if (LocalMoments.DateIn(now, zone) > week.Sunday)
        {
            Log.DuoWeekAnswered(logger, verb, "week-over");
            return Card(language, duo, me, await CurrentAsync(), texts.WeekOver);
        }

        Func<DuoWeek, (DuoWeek, DuoWeekChange)>? change = verb switch
        {
            DuoReminderCard.CheckInVerb when Enum.TryParse<DuoActivity>(Text(data, "what"), out var what) && Enum.IsDefined(what)
                && TryUsefulness(Text(data, "usefulness"), out var useful) => w => w.WithCheckIn(new DuoCheckIn(what, useful, now)),
            DuoReminderCard.SkipVerb when Enum.TryParse<SkipReason>(Text(data, "reason"), out var reason) && Enum.IsDefined(reason) => w => w.WithSkip(reason),
            DuoReminderCard.MoveVerb when DateOnly.TryParseExact(Text(data, "date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                && TimeOnly.TryParseExact(Text(data, "time"), ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) => w => w.WithMove(date, at, now, zone),
            _ => null,
        };
        if (change is null)
        {
            Log.DuoWeekAnswered(logger, verb, "incomplete");
            return Card(language, duo, me, await CurrentAsync(), texts.Incomplete);
        }

        var (stored, outcome) = await weeks.ChangeAsync(tenantId, teamId, week, duo.Schedule.Key, change, ct);
        Log.DuoWeekChanged(logger, verb, outcome);
        if (outcome == DuoWeekChange.Done && stored.CheckIn is { } checkIn && verb == DuoReminderCard.CheckInVerb)
        {
            await facts.HeldAsync(duo, week, checkIn, ct);
            await partnerCards.ShowAsync(duo, me, stored, ct);
        }
        else if (outcome == DuoWeekChange.Done && verb == DuoReminderCard.SkipVerb)
        {
            await facts.SkippedAsync(duo, week, ct);
            await partnerCards.ShowAsync(duo, me, stored, ct);
        }

        return Card(language, duo, me, stored, outcome switch
        {
            DuoWeekChange.Done => verb == DuoReminderCard.MoveVerb ? texts.Moved : null,
            DuoWeekChange.AlreadyCheckedIn => texts.AlreadyCheckedIn,
            DuoWeekChange.AlreadySkipped => texts.AlreadySkipped,
            DuoWeekChange.NotThisWeek => texts.MoveNotThisWeek,
            _ => texts.MoveInThePast,
        });
    }

    private static TurnResult Card(UserLanguage language, DuoContext duo, string me, DuoWeek state, string? problem)
    {
        var (date, at) = state.MomentOf(duo.Schedule.Duo.Moment);
        var model = new DuoReminderModel(duo.Team.TeamId, duo.Team.TeamName, state.Week, duo.Schedule.Key, date, at, duo.PartnerNamesOf(me), state, problem);
        return TurnResult.Invoke(AdaptiveCardInvokeResponse.Card(DuoReminderCard.Render(language, model).Content).ToInvokeResponse());
    }

    private static TurnResult Message(string text) => TurnResult.Invoke(AdaptiveCardInvokeResponse.Message(text).ToInvokeResponse());

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

    private static string? Text(JsonElement data, string name) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
