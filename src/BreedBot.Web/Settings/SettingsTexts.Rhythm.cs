using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.Settings;

namespace BreedBot.Web.Settings;

/// <summary>The settings card's words for the team's rhythm and its quiet weeks (the quiet-weeks card's too).</summary>
internal sealed partial record SettingsTexts
{
    public string RhythmLabel => En ? "Duo moments" : "Duomomenten";

    public string RhythmError => En ? "Choose every week or every two weeks." : "Kies elke week of om de week.";

    public string RhythmHint => En
        ? "Every two weeks counts from the week the duos were paired. With every week, a duo can still agree on every two weeks itself."
        : "Om de week telt vanaf de week waarin de duo's gekoppeld zijn. Bij elke week kan een duo zelf om de week afspreken.";

    public static string RhythmName(string value, bool en) => value switch
    {
        nameof(DuoRhythm.EveryTwoWeeks) => en ? "every two weeks" : "om de week",
        _ => en ? "every week" : "elke week",
    };

    public string QuietWeeksButton => En ? "Quiet weeks" : "Rustige weken";

    public string QuietTitle(string team) => En ? $"Quiet weeks of {team}" : $"Rustige weken van {team}";

    public string QuietIntro => En
        ? "Mark your team's own holidays or quiet weeks. On those days: no duo reminders and no nudges, nothing counts as missed, and the summary says 'quiet week'. BreedBot assumes no school holidays."
        : "Zet hier de eigen vakanties of rustige weken van je team. Op die dagen: geen duoherinneringen en geen seintjes, niets telt als gemist, en het overzicht zegt 'rustige week'. BreedBot gaat niet uit van schoolvakanties.";

    public string QuietNone => En ? "No quiet weeks marked." : "Nog geen rustige weken.";

    public string QuietLabelLabel => En ? "Name (e.g. Christmas holiday; no names of people)" : "Naam (bijv. kerstvakantie; geen namen van mensen)";

    public string QuietLabelPlaceholder => En ? "Christmas holiday" : "kerstvakantie";

    public string QuietFromLabel => En ? "From" : "Van";

    public string QuietToLabel => En ? "Up to and including" : "Tot en met";

    public string QuietDateError => En ? "Choose a date." : "Kies een datum.";

    public string QuietAdd => En ? "Add" : "Toevoegen";

    public string QuietRemove => En ? "Remove" : "Verwijderen";

    public string QuietBack => En ? "Back to settings" : "Terug naar instellingen";

    public string QuietAdded => En ? "Added." : "Toegevoegd.";

    public string QuietRemoved => En ? "Removed." : "Verwijderd.";

    public string QuietGone => En ? "That quiet week was already removed." : "Die rustige week was al verwijderd.";

    public string QuietProblem(QuietPeriodProblem problem) => (problem, En) switch
    {
        (QuietPeriodProblem.LabelMissing, false) => "Geef de rustige week een naam, bijvoorbeeld 'kerstvakantie'.",
        (QuietPeriodProblem.LabelMissing, true) => "Give the quiet week a name, for example 'Christmas holiday'.",
        (QuietPeriodProblem.LabelTooLong, false) => $"Houd de naam kort: één regel, hoogstens {QuietPeriodRules.LabelLimit} tekens.",
        (QuietPeriodProblem.LabelTooLong, true) => $"Keep the name short: one line, at most {QuietPeriodRules.LabelLimit} characters.",
        (QuietPeriodProblem.LabelIdentifies, false) => "De naam lijkt iets te bevatten waaraan iemand te herkennen is (een naam, nummer of adres). Het overzicht in het kanaal toont hem; kies een algemene naam.",
        (QuietPeriodProblem.LabelIdentifies, true) => "The name seems to contain something that identifies someone (a name, number or address). The channel's summary shows it; choose a general name.",
        (QuietPeriodProblem.Dates, false) => "Kies een begin- en einddatum.",
        (QuietPeriodProblem.Dates, true) => "Choose a start and an end date.",
        (QuietPeriodProblem.EndBeforeStart, false) => "De einddatum ligt voor de begindatum.",
        (QuietPeriodProblem.EndBeforeStart, true) => "The end date is before the start date.",
        (QuietPeriodProblem.InThePast, false) => "Die periode is al voorbij.",
        (QuietPeriodProblem.InThePast, true) => "That period is already over.",
        (QuietPeriodProblem.TooLong, false) => $"Een rustige periode duurt hoogstens {QuietPeriodRules.MostDays / 7} weken. Langer stil? Dan kan een eigenaar BreedBot pauzeren.",
        (QuietPeriodProblem.TooLong, true) => $"A quiet period lasts at most {QuietPeriodRules.MostDays / 7} weeks. Quiet for longer? An owner can pause BreedBot.",
        (QuietPeriodProblem.TooFarAhead, false) => "Kies een periode die binnen een jaar begint.",
        (QuietPeriodProblem.TooFarAhead, true) => "Choose a period that starts within a year.",
        (QuietPeriodProblem.Overlaps, false) => "Die periode overlapt met een rustige week die er al staat.",
        (QuietPeriodProblem.Overlaps, true) => "That period overlaps a quiet week already marked.",
        (QuietPeriodProblem.TooMany, false) => $"Er staan al {QuietPeriodRules.MostPeriods} rustige periodes; verwijder er eerst een.",
        (_, _) => $"There are already {QuietPeriodRules.MostPeriods} quiet periods; remove one first.",
    };
}
