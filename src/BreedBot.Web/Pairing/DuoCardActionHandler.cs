using System.Globalization;
using System.Text.Json;
using BreedBot.Connector.Schema;
using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.Members;
using BreedBot.Domain.Scheduling;
using BreedBot.Domain.Teams;
using BreedBot.Storage.Members;
using BreedBot.Storage.Pairing;
using BreedBot.Storage.Teams;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;
using BreedBot.Web.Outbound;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Pairing;

/// <summary>
/// The duo card's own buttons, in the personal chat. "Sla volgende keer over" is the reminder's skip ahead
/// (<see cref="IDuoSkipAhead"/>). "Om de week" records that the presser chooses every two weeks and asks the partner(s),
/// who get their duo card with the question; nothing changes until every member of the duo has chosen it, and then
/// everyone hears the next moment. "Weer elke week" brings the whole duo back to every week at once, and the others
/// hear it. The card's team and duo key are trusted for nothing: the duo must be in the team's current rotation with
/// the presser in it; otherwise a kind line and nothing stored.
/// </summary>
internal sealed class DuoCardActionHandler(
    TeamStore teams, DuoStore duos, MemberStore members, IDuoSkipAhead skipAhead, IOutbox outbox, TimeProvider time, ILogger<DuoCardActionHandler> logger)
    : ICardVerbHandler
{
    public IReadOnlyCollection<CardVerb> Verbs { get; } =
        [CardVerb.Personal(PairingVerbs.SkipNext), CardVerb.Personal(PairingVerbs.EveryTwoWeeks), CardVerb.Personal(PairingVerbs.EveryWeek)];

    public async Task<TurnResult> HandleAsync(Activity activity, string verb, JsonElement data, CancellationToken ct)
    {
        var language = UserLanguages.FromLocale(activity.Locale);
        var r = DuoRhythmTexts.For(language);
        var (tenantId, me) = (activity.GetTenantId(), ActivityAddress.UserKey(activity.From));
        var (teamId, duoKey) = (CardData.Text(data, "team"), CardData.Text(data, "duo"));
        if (tenantId is null || me is null || teamId is null || !DuoKey.LooksValid(duoKey)
            || await teams.GetAsync(tenantId, teamId, ct) is not { Status: InstallationStatus.Installed } team)
        {
            return NotYours(verb, r);
        }

        string? notice = null;
        if (verb == PairingVerbs.SkipNext)
        {
            if (!Enum.TryParse<SkipReason>(CardData.Text(data, "nextReason"), out var reason) || !Enum.IsDefined(reason))
            {
                notice = SkipAheadTexts.For(language).ReasonError;
            }
            else if (await skipAhead.SkipNextAsync(tenantId, teamId, duoKey!, me, reason, ct) is not { } skipped)
            {
                return NotYours(verb, r);
            }
            else
            {
                notice = Skipped(language, skipped);
            }
        }

        var wanted = verb == PairingVerbs.SkipNext || (verb == PairingVerbs.EveryTwoWeeks && team.Settings.Rhythm == DuoRhythm.EveryTwoWeeks)
            ? (Func<Domain.Pairing.Duo, Domain.Pairing.Duo>)(d => d)
            : d => !d.Members.Contains(me) ? d : verb == PairingVerbs.EveryTwoWeeks ? d.ChoosingEveryTwoWeeks(me) : d.ChoosingEveryWeek();
        if (await duos.ChangeCurrentDuoAsync(tenantId, teamId, duoKey!, wanted, ct) is not { } changed || !changed.After.Members.Contains(me))
        {
            return NotYours(verb, r);
        }

        var rows = (await members.ReadAsync(tenantId, teamId, changed.After.Members, ct)).Members;
        if (verb != PairingVerbs.SkipNext)
        {
            notice = changed.Changed ? await TellAsync(team, changed, rows, me, language, verb, ct)
                : verb == PairingVerbs.EveryTwoWeeks && team.Settings.Rhythm == DuoRhythm.EveryTwoWeeks ? r.TeamChose
                : r.AlreadyChosen;
        }

        Log.DuoCardAnswered(logger, verb, changed.Changed);
        return TurnResult.Card(DuoCard.Render(language, DuoAnnouncer.Model(team, changed.Rotation, changed.After, me, rows) with { Notice = notice }));
    }

    /// <summary>The others get their own duo card, saying what changed; the presser's card says what it did.</summary>
    private async Task<string> TellAsync(TeamInstallation team, ChangedDuo changed, IReadOnlyList<TeamMember> rows, string me, UserLanguage language, string verb, CancellationToken ct)
    {
        var (r, dutch) = (DuoRhythmTexts.For(language), DuoRhythmTexts.For(UserLanguage.Dutch));
        var duo = changed.After;
        var myName = rows.FirstOrDefault(m => m.MemberKey == me)?.Name is { Length: > 0 } name ? name : dutch.Names([]);
        var others = rows.Where(m => m.MemberKey != me).ToList();
        var next = duo.AgreedEveryTwoWeeks ? NextDate(team, changed, rows, me) : default;
        var (mine, theirs) = (verb, duo.AgreedEveryTwoWeeks) switch
        {
            (PairingVerbs.EveryTwoWeeks, true) => (r.Agreed(Day(language, next), Date(language, next)), dutch.AgreedPartner(myName, Day(UserLanguage.Dutch, next), Date(UserLanguage.Dutch, next))),
            (PairingVerbs.EveryTwoWeeks, false) => (r.Asked(r.Names([.. others.Select(o => o.Name ?? "?")])), dutch.AskedPartner(myName, team.TeamName)),
            _ => (r.BackToEveryWeek, dutch.BackToEveryWeekPartner(myName)),
        };

        // One message per partner and change: the moment of the change tells two changes apart, a retried turn changes nothing.
        var what = verb == PairingVerbs.EveryWeek ? "every-week" : duo.AgreedEveryTwoWeeks ? "agreed" : "asked-" + me;
        var occurrence = string.Create(CultureInfo.InvariantCulture, $"duo-rhythm/{DuoKey.Of(changed.Rotation, duo.Members)}/{what}/{time.GetUtcNow().UtcTicks}");
        foreach (var other in others)
        {
            var card = DuoCard.Render(UserLanguage.Dutch, DuoAnnouncer.Model(team, changed.Rotation, duo, other.MemberKey, rows) with { Notice = theirs });
            await outbox.EnqueueAsync(new OutboundMessage(team.TenantId, team.TeamId, other.MemberKey, occurrence, MessageKinds.DuoAnnouncement, card, null), ct);
        }

        return mine;
    }

    /// <summary>The duo's next moment now that it meets every two weeks, seen from the presser.</summary>
    private DateOnly NextDate(TeamInstallation team, ChangedDuo changed, IReadOnlyList<TeamMember> rows, string me)
    {
        var duo = changed.After;
        var schedule = new DuoSchedule(
            new OccurrenceScope(team.TenantId, team.TeamId), team.Settings.TimeZoneId, changed.Rotation, duo, changed.PairedAt,
            rows.ToDictionary(m => m.MemberKey, m => new DuoPartner(m.MemberKey, m.Status == MembershipStatus.Joined, m.Pause, m.TimeZoneId), StringComparer.Ordinal))
        {
            Calendar = DuoCalendar.For(team.Settings, team.QuietPeriods, duo, changed.PairedAt),
        };
        return DuoNextMoment.WeekOf(schedule, me, time.GetUtcNow(), null).DateOf(duo.Moment.Day);
    }

    private static string Skipped(UserLanguage language, SkippedAhead skipped)
    {
        var texts = SkipAheadTexts.For(language);
        var (day, date) = (Day(language, skipped.Date), Date(language, skipped.Date));
        return skipped.Change switch
        {
            DuoWeekChange.Done => texts.Skipped(day, date),
            DuoWeekChange.AlreadyCheckedIn => texts.AlreadyHeld,
            _ => texts.AlreadySkipped(day, date),
        };
    }

    private static string Day(UserLanguage language, DateOnly date) => DateTexts.Culture(language).DateTimeFormat.GetDayName(date.DayOfWeek);

    private static string Date(UserLanguage language, DateOnly date) => date.ToString("d MMMM", DateTexts.Culture(language));

    private TurnResult NotYours(string verb, DuoRhythmTexts r)
    {
        Log.DuoCardAnswered(logger, verb, false);
        return TurnResult.Message(r.NotYourDuo);
    }
}
