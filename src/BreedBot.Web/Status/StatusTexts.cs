using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.Outbound;
using BreedBot.Domain.TeamWeeks;
using BreedBot.Web.Localization;
using BreedBot.Web.Outbound;

namespace BreedBot.Web.Status;

/// <summary>
/// What "status" says, Dutch and English: per week "22 van 24 herinneringen bezorgd; 2 niet: BreedBot is
/// geblokkeerd (1), niet meer in het team (1)"; duo cards and notices, invitations and the other proactive messages
/// each on a line of their own when there were any. Counts only.
/// </summary>
internal sealed class StatusTexts(bool en)
{
    private static readonly HashSet<string> ReminderKinds = new(StringComparer.Ordinal)
    {
        DuoWeekKinds.DuoReminder, DuoWeekKinds.DuoNudge, DuoWeekKinds.PartnerPaused,
    };

    public static StatusTexts For(UserLanguage language) => new(language == UserLanguage.English);

    public string OnlyInTeamChannel => en
        ? "Ask for the status in the channel of a team that has BreedBot: '@BreedBot status'."
        : "De status vraag je in het kanaal van een team waarin BreedBot is geïnstalleerd: '@BreedBot status'.";

    public string OnlyOwners => en
        ? "Only the owners of this team can see how many of BreedBot's messages reached people. Feel free to ask one of them."
        : "Alleen de eigenaren van dit team kunnen zien hoeveel berichten van BreedBot zijn bezorgd. Vraag het gerust aan een van hen.";

    public string Report(IsoWeek week, IReadOnlyList<DeliveryRecord> thisWeek, IReadOnlyList<DeliveryRecord> lastWeek) =>
        string.Join('\n', Week(en ? "This week" : "Deze week", week, thisWeek).Concat(Week(en ? "Last week" : "Vorige week", week.Previous, lastWeek)));

    private IEnumerable<string> Week(string heading, IsoWeek week, IReadOnlyList<DeliveryRecord> records)
    {
        DeliveryCounts Count(Func<string, bool> kind) => DeliveryCounts.Of(week.ToString(), records.Where(r => kind(r.Kind)));
        var reminders = Count(ReminderKinds.Contains);
        yield return $"{heading} ({week}): " + (reminders.Total == 0
            ? (en ? "no reminders sent." : "geen herinneringen verstuurd.")
            : Line(reminders, en ? ("reminder", "reminders") : ("herinnering", "herinneringen")));
        var groups = new[]
        {
            (Count(MessageKinds.IsDuoAnnouncement), en ? "Duo announcements: " : "Duo-aankondigingen: ", en ? ("message", "messages") : ("bericht", "berichten")),
            (Count(k => k == MessageKinds.Invitation), en ? "Invitations: " : "Uitnodigingen: ", en ? ("invitation", "invitations") : ("uitnodiging", "uitnodigingen")),
            (Count(k => !ReminderKinds.Contains(k) && !MessageKinds.IsDuoAnnouncement(k) && k != MessageKinds.Invitation && k != MessageKinds.Retraction), en ? "Other messages: " : "Andere berichten: ", en ? ("message", "messages") : ("bericht", "berichten")),
        };
        foreach (var (counts, label, what) in groups.Where(g => g.Item1.Total > 0))
        {
            yield return label + Line(counts, what);
        }

        // Cards about erased or expired reflections and courage stories, and cards naming someone who erased their data,
        // replaced in the chats they were in: updated, not delivered.
        var retracted = Count(k => k == MessageKinds.Retraction);
        if (retracted.Total > 0)
        {
            yield return (en ? "Cards of deleted data: " : "Kaarten van verwijderde gegevens: ")
                + Line(retracted, en ? ("card", "cards") : ("kaart", "kaarten"), en ? "replaced" : "vervangen");
        }
    }

    // "1 van 1 bericht bezorgd", "3 van 5 berichten bezorgd": the noun follows the total.
    private string Line(DeliveryCounts counts, (string One, string Many) what, string? done = null)
    {
        done ??= en ? "delivered" : "bezorgd";
        var noun = CountTexts.Noun(counts.Total, what.One, what.Many);
        var line = en ? $"{counts.Sent} of {counts.Total} {noun} {done}" : $"{counts.Sent} van {counts.Total} {noun} {done}";
        if (counts.PossiblyDuplicated > 0)
        {
            line += en ? $" ({counts.PossiblyDuplicated} may have arrived twice)" : $" ({counts.PossiblyDuplicated} misschien dubbel aangekomen)";
        }

        var reasons = new[]
        {
            (counts.Blocked, en ? "BreedBot is blocked" : "BreedBot is geblokkeerd"),
            (counts.NotInstalled, en ? "BreedBot is not installed (any more)" : "BreedBot is niet (meer) geïnstalleerd"),
            (counts.NotFound, en ? "no longer in the team" : "niet meer in het team"),
            (counts.Refused, en ? "Teams refused the message" : "Teams weigerde het bericht"),
        }
        .Concat(counts.GaveUp.Select(g => (g.Count, Tries(g.Attempts))))
        .Append((counts.NoAnswer, en ? "Teams did not answer, it may have arrived after all" : "Teams gaf geen antwoord, misschien toch aangekomen"))
        .Where(r => r.Item1 > 0).Select(r => $"{r.Item2} ({r.Item1})").ToList();
        if (reasons.Count > 0)
        {
            line += en ? $"; {counts.NotDelivered} not: " : $"; {counts.NotDelivered} niet: ";
            line += string.Join(", ", reasons);
        }

        if (counts.Pending > 0)
        {
            line += en ? $"; {counts.Pending} on their way" : $"; {counts.Pending} nog onderweg";
        }

        return line + ".";
    }

    // As often as it was really tried: "lukte niet na 1 poging", "… na 8 pogingen".
    private string Tries(int attempts) => (en, attempts) switch
    {
        (true, 1) => "failed after 1 attempt",
        (true, _) => $"failed after {attempts} attempts",
        (false, 1) => "lukte niet na 1 poging",
        (false, _) => $"lukte niet na {attempts} pogingen",
    };
}
