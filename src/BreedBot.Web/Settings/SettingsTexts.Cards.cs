using System.Globalization;
using BreedBot.Domain.Settings;

namespace BreedBot.Web.Settings;

/// <summary>The words on the settings card, the aandachtsfunctionaris card and its decline, and the settings as personal data.</summary>
internal sealed partial record SettingsTexts
{
    /// <summary>Content-free: no team, no person.</summary>
    public string CardSummary => En ? "BreedBot: team settings" : "BreedBot: teaminstellingen";

    public string CardTitle(string? teamName)
    {
        var team = string.IsNullOrWhiteSpace(teamName) ? (En ? "this team" : "dit team") : teamName.Trim();
        return En ? $"BreedBot settings for {team}" : $"Instellingen van BreedBot voor {team}";
    }

    public string CardIntro => En
        ? "Only the team's owners can change these; every change is recorded with who made it."
        : "Alleen eigenaren van het team kunnen dit aanpassen; elke wijziging wordt vastgelegd met wie hem deed.";

    public string SummaryDayLabel => En ? "Weekly summary: day" : "Weekoverzicht: dag";

    public string SummaryDayError => En ? "Choose a working day." : "Kies een werkdag.";

    public string SummaryTimeLabel => En ? "Time" : "Tijd";

    public string SummaryTimeError => En ? "Choose a time between 07:00 and 19:00." : "Kies een tijd tussen 07:00 en 19:00.";

    public string TimeZoneLabel => En ? "Time zone of the team" : "Tijdzone van het team";

    public string TimeZoneError => En ? "Choose a time zone." : "Kies een tijdzone.";

    public string RotationLabel => En ? "Re-pair the duos" : "Duo's opnieuw koppelen";

    public string RotationError => En ? "Choose how often." : "Kies hoe vaak.";

    public string AfError => En ? "Choose someone, or nobody." : "Kies iemand, of niemand.";

    public string AfHint => En
        ? "Receives the urgent consult requests of 'acute danger' in personal chat (never anything about the case). They are told once and can decline."
        : "Krijgt de spoedverzoeken om overleg van 'acuut gevaar' in een persoonlijk bericht (nooit iets over de casus). Hij of zij hoort dit één keer en kan weigeren.";

    public string Nobody => En ? "Nobody" : "Niemand";

    public string MixRolesLabel => En ? "Pairing" : "Koppelen";

    public string MixRolesTitle => En ? "Prefer duos of different roles" : "Bij voorkeur duo's met verschillende rollen";

    public string RetentionLabel(RetentionBounds r) => En
        ? string.Create(CultureInfo.InvariantCulture, $"Keep reflections and follow-ups (days, {r.MinDays}–{r.MaxDays}; default {r.DefaultDays})")
        : string.Create(CultureInfo.InvariantCulture, $"Reflecties en vervolgvragen bewaren (dagen, {r.MinDays}–{r.MaxDays}; standaard {r.DefaultDays})");

    public string RetentionError(RetentionBounds r) => En
        ? string.Create(CultureInfo.InvariantCulture, $"Choose between {r.MinDays} and {r.MaxDays} days.")
        : string.Create(CultureInfo.InvariantCulture, $"Kies tussen {r.MinDays} en {r.MaxDays} dagen.");

    public string PausedLabel => En ? "Pause" : "Pauzeren";

    public string PausedTitle => En
        ? "Pause BreedBot for this team: no reminders and no summaries; everything is kept"
        : "BreedBot pauzeren voor dit team: geen herinneringen en geen overzichten; alles blijft bewaard";

    public string ChangesHeading => En ? "Recent changes" : "Recente wijzigingen";

    public string NoChanges => En ? "No changes yet." : "Nog geen wijzigingen.";

    public string SaveButton => En ? "Save" : "Opslaan";

    public string ChangesButton => En ? "Changes" : "Wijzigingen";

    /// <summary>Content-free: no team, no person.</summary>
    public string AfCardSummary => En ? "BreedBot: a role in your team" : "BreedBot: een rol in je team";

    public string AfTitle(string team) => En ? $"You are the aandachtsfunctionaris of {team} in BreedBot" : $"Je bent in BreedBot de aandachtsfunctionaris van {team}";

    public IReadOnlyList<string> AfLines =>
    [
        En
            ? "An owner of the team chose you. In BreedBot this means one thing: when a colleague in this team presses 'acute danger' and then 'ask for a consult now', you get a personal message at once that they would like to consult you urgently, with a link to chat with them."
            : "Een eigenaar van het team heeft je gekozen. In BreedBot betekent dat één ding: als een collega in dit team op 'acuut gevaar' en dan 'vraag nu om overleg' drukt, krijg je meteen een persoonlijk bericht dat die collega met spoed met je wil overleggen, met een link om te chatten.",
        En
            ? "The message never says anything about the case; you discuss that together. You see nothing else of your colleagues' reflections or duos."
            : "In dat bericht staat nooit iets over de casus; die bespreken jullie samen. Van de reflecties en duo's van collega's zie je verder niets.",
        En
            ? "Rather not? Decline below. The owners only hear that someone else should be chosen, not why."
            : "Liever niet? Weiger hieronder. De eigenaren horen alleen dat er iemand anders gekozen moet worden, niet waarom.",
    ];

    public string AfDeclineButton => En ? "I decline this role" : "Ik neem deze rol niet aan";

    /// <summary>The team as the aandachtsfunctionaris reads it: its name, or "je team".</summary>
    public string YourTeam(string? teamName) => string.IsNullOrWhiteSpace(teamName) ? (En ? "your team" : "je team") : teamName.Trim();

    public string AfDeclinedTitle => En ? "You declined the role" : "Je hebt de rol niet aangenomen";

    public string AfDeclined(string team) => En
        ? $"You are not the aandachtsfunctionaris of {team} in BreedBot. The owners hear only that someone else should be chosen."
        : $"Je bent in BreedBot niet de aandachtsfunctionaris van {team}. De eigenaren horen alleen dat er iemand anders gekozen moet worden.";

    /// <summary>"Mijn gegevens": the heading of the settings that name the person.</summary>
    public string DataHeading => En ? "Team settings" : "Teaminstellingen";

    public string DataTeam(string? teamName) => teamName ?? (En ? "a team" : "een team");

    public string DataYouAreAf(string team) => En ? $"{team}: you are the aandachtsfunctionaris." : $"{team}: je bent de aandachtsfunctionaris.";

    public string DataRole(bool byYou) => byYou ? (En ? "changed by you" : "door jou gewijzigd") : (En ? "names you" : "noemt jou");
}
