using BreedBot.Web.Localization;

namespace BreedBot.Web.Reminders;

/// <summary>What the reminders and their card answers say, Dutch and English.</summary>
internal sealed class ReminderTexts(bool en)
{
    public static ReminderTexts For(UserLanguage language) => new(language == UserLanguage.English);

    private static string Team(bool en, string? name) => string.IsNullOrWhiteSpace(name) ? (en ? "your team" : "je team") : name.Trim();

    public string NudgeTitle => en ? "Your duo moment" : "Jullie duo-moment";

    public string Nudge(string? team) => en
        ? $"A gentle nudge: your duo moment in {Team(en, team)} has not been checked in or skipped yet. Did you talk? The buttons on yesterday's reminder still work."
        : $"Een zacht duwtje: jullie duo-moment in {Team(en, team)} is nog niet afgevinkt of overgeslagen. Hebben jullie gesproken? De knoppen op de herinnering werken nog.";

    public string PartnerPaused(string? team, string? standIn) => (en
        ? $"Your duo partner in {Team(en, team)} is taking a break for now, so there is no duo reminder for you meanwhile."
        : $"Je duo-partner in {Team(en, team)} heeft even pauze; zolang krijg je geen duo-herinnering.")
        + (standIn is null
            ? (en ? " Nobody else is free to stand in right now; you are paired again at the next rotation." : " Er is nu niemand anders vrij om in te vallen; bij de volgende rotatie word je opnieuw gekoppeld.")
            : (en ? $" {standIn}'s partner is taking a break too: you could meet with {standIn} meanwhile." : $" De partner van {standIn} heeft ook pauze: je kunt zolang met {standIn} afspreken."));

    public string NotYourDuo => en
        ? "This reminder is not for a duo you are in now (the duos may have changed). Type 'duo' to see your current duo."
        : "Deze herinnering hoort niet bij een duo waar je nu in zit (misschien zijn de duo's veranderd). Typ 'duo' om je huidige duo te zien.";

    public string WeekOver => en ? "This week is already over; nothing was changed." : "Deze week is al voorbij; er is niets veranderd.";

    public string AlreadyCheckedIn => en ? "Your duo already checked in this week; it counts once." : "Jullie duo heeft deze week al afgevinkt; het telt één keer.";

    public string AlreadySkipped => en ? "This week was already skipped." : "Deze week was al overgeslagen.";

    public string MoveNotThisWeek => en ? "Choose a day in this week (Monday to Sunday)." : "Kies een dag in deze week (maandag tot en met zondag).";

    public string MoveInThePast => en ? "That moment has already passed; choose a later day or time." : "Dat moment is al voorbij; kies een latere dag of tijd.";

    public string Incomplete => en ? "Something is missing or not valid; please choose again." : "Er ontbreekt iets of het klopt niet; kies opnieuw.";

    public string Moved => en ? "Moved for this week only. You get a reminder at the new moment." : "Verzet, alleen voor deze week. Je krijgt een herinnering op het nieuwe moment.";
}
