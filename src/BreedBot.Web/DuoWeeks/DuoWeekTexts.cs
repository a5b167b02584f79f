using BreedBot.Domain.DuoWeeks;
using BreedBot.Web.Cards;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;

namespace BreedBot.Web.DuoWeeks;

/// <summary>
/// What the duo weeks say, Dutch and English side by side: the reminder card, the nudge, the partner-paused notice,
/// the answers on the card, and what "mijn gegevens" says of a week.
/// </summary>
internal sealed class DuoWeekTexts(bool en)
{
    public static DuoWeekTexts For(UserLanguage language) => new(language == UserLanguage.English);

    private SkipAheadTexts Skips { get; } = new(en);

    private static string Team(bool en, string? name) => string.IsNullOrWhiteSpace(name) ? (en ? "your team" : "je team") : name.Trim();

    public string NudgeTitle => en ? "Your duo moment" : "Jullie duomoment";

    public string Nudge(string? team) => en
        ? $"Just a reminder: your duo moment in {Team(en, team)} has not been checked in or skipped yet. Did you talk? The buttons on the reminder still work."
        : $"Even een seintje: jullie duomoment in {Team(en, team)} is nog niet afgevinkt of overgeslagen. Hebben jullie gesproken? De knoppen op de herinnering werken nog.";

    public string PartnerPaused(string? team, string? standIn) => (en
        ? $"Your duo partner in {Team(en, team)} is taking a break for now, so there is no duo reminder for you meanwhile."
        : $"Je duopartner in {Team(en, team)} heeft even pauze; zolang krijg je geen duoherinnering.")
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

    /// <summary>Content-free: no partner, no team.</summary>
    public string ReminderSummary => en ? "BreedBot: your duo moment" : "BreedBot: je duomoment";

    public string ReminderTitle => en ? "Time for your duo moment" : "Tijd voor jullie duomoment";

    public string Partners(IReadOnlyList<string> names) => names.Count == 0 ? (en ? "your partner" : "je partner") : string.Join(en ? " and " : " en ", names);

    public string Moment(string day, string date, TimeOnly time, string partners, string? team) => en
        ? $"{day} {date} at {time:HH\\:mm}, with {partners} ({Team(en, team)})."
        : $"{day} {date} om {time:HH\\:mm}, met {partners} ({Team(en, team)}).";

    public string DoneThisWeek(string what, int? usefulness) => (en ? "Done this week: " : "Gedaan deze week: ") + what
        + (usefulness is { } u ? (en ? $" · usefulness {u}/5" : $" · nut {u}/5") : "");

    public string SkippedThisWeek => en ? "Skipped this week. See you next week." : "Deze week overgeslagen. Tot volgende week.";

    public string StartReflection => en ? "Start a reflection" : "Start een reflectie";

    public string CheckInTitle => en ? "We talked" : "We hebben gesproken";

    public string WhatLabel => en ? "What did you do?" : "Wat hebben jullie gedaan?";

    public string WhatError => en ? "Choose what you did." : "Kies wat jullie deden.";

    public string UsefulnessLabel => en ? "How useful was it? (1–5, optional)" : "Hoe nuttig was het? (1–5, mag leeg)";

    public string Save => en ? "Save" : "Opslaan";

    public string MoveTitle => en ? "Move" : "Verzet";

    public string DateLabel => en ? "Which day this week?" : "Welke dag deze week?";

    public string DateError => en ? "Choose a day this week." : "Kies een dag in deze week.";

    public string TimeLabel => en ? "What time?" : "Hoe laat?";

    public string TimeError => en ? "Choose a time." : "Kies een tijd.";

    public string MoveButton => en ? "Move" : "Verzetten";

    public string SkipTitle => en ? "Skip this week" : "Sla deze week over";

    public string ReasonLabel => Skips.ReasonLabel;

    public string ReasonError => Skips.ReasonError;

    public string Reason(SkipReason reason) => Skips.Reason(reason);

    public string SkipButton => Skips.Submit;

    public string WeeksTitle => en ? "Duo moments (check-ins, moves, skips)" : "Duomomenten (gesproken, verzet, overgeslagen)";

    public string Held(string what, int? usefulness) => (en ? "held, " : "gesproken, ") + what
        + (usefulness is { } u ? (en ? $", usefulness {u}/5" : $", nut {u}/5") : "");

    /// <summary>A partner's reminder card of a week with someone who since erased their data: no name, no answers.</summary>
    public RenderedCard ReminderOfFormer => NoticeCard.Render(en ? UserLanguage.English : UserLanguage.Dutch,
        en ? "Duo moment with a former participant" : "Duomoment met een oud-deelnemer",
        en
            ? "This reminder was for your duo with a former participant, who has since deleted their data; what it showed is gone. Your next reminder comes as usual."
            : "Deze herinnering was voor je duo met een oud-deelnemer, die inmiddels de eigen gegevens heeft laten verwijderen; wat erop stond is weg. Je volgende herinnering komt zoals altijd.");

    public string Skipped => en ? "skipped" : "overgeslagen";

    public string MovedTo(string when) => (en ? "moved to " : "verzet naar ") + when;

    public string Planned => en ? "planned" : "gepland";

    public string MomentTitle => en ? "Your duo moment" : "Jullie duomoment";

    public string GuideHeading => en ? "Your 15 minutes" : "Jullie 15 minuten";

    public string GuideIntro => en
        ? "For the call, on both your screens. Nothing you say is stored; only a step you set below."
        : "Voor tijdens het gesprek, bij jullie allebei. Niets van wat jullie bespreken wordt bewaard, alleen een stap die je hieronder zet.";

    // "1 ·", not "1.": a TextBlock reads "1. " at the start as a numbered list and indents it.
    public string BringTitle(int minutes) => en ? $"1 · Bring in ({minutes} min)" : $"1 · Inbrengen ({minutes} min)";

    public string Bring(string sources) => en
        ? $"One of you brings a casus: a label only, no names. What makes it hard: {sources}?"
        : $"Eén van jullie brengt een casus in: alleen een label, geen namen. Wat maakt het moeilijk: {sources}?";

    public string AskTitle(int minutes) => en ? $"2 · Questions ({minutes} min)" : $"2 · Vragen ({minutes} min)";

    public string StepTitle(int minutes) => en ? $"3 · Step ({minutes} min)" : $"3 · Stap ({minutes} min)";

    public string StepLine => en
        ? "The next courageous step, and by when. Did you bring the casus? Set your step here: on that day BreedBot asks you how it went."
        : "De volgende moedige stap, en wanneer. Bracht jij de casus in? Zet je stap hier: op die dag vraagt BreedBot je hoe het ging.";

    public string StepWhatLabel => en ? "My next step" : "Mijn volgende stap";

    public string StepWhatPlaceholder => en ? "e.g. ask Veilig Thuis for advice" : "bijv. Veilig Thuis om advies vragen";

    public string StepByLabel => en ? "By when?" : "Uiterlijk wanneer?";

    public string StepPrivacy => en
        ? "Only the step and its date are kept, for you alone. No names or other details that identify anyone."
        : "Alleen de stap en de datum worden bewaard, alleen voor jou. Geen namen of andere gegevens waaraan iemand te herkennen is.";

    public string StepSubmit => en ? "Make it my follow-up" : "Maak er mijn vervolgstap van";

    public string StepKept(string date) => en ? $"Your step is set. On {date} BreedBot asks you how it went." : $"Je stap staat. Op {date} vraagt BreedBot je hoe het ging.";

    public string NoDuoForMoment => en
        ? "You have no duo partner yet, so there is no duo moment to show. Once your team's owner has paired the duos, 'duo moment' shows your card, and it comes automatically at your weekly moment."
        : "Je hebt nog geen duopartner, dus er is nog geen duomoment. Zodra de eigenaar van je team de duo's heeft gekoppeld, laat 'duomoment' je kaart zien, en die komt vanzelf op jullie vaste moment.";

    public string SkipNextTitle => Skips.Title;

    public string SkippedAhead(string day, string date) => Skips.Skipped(day, date);

    /// <summary>To the partner(s), once: who skips, and when; the reason is only counted.</summary>
    public string PartnerSkipsAhead(string who, string day, string date, string? team) => en
        ? $"{who} can't make your next duo moment in {Team(en, team)} ({day} {date}), so it is skipped. See you the time after."
        : $"{who} kan niet bij jullie volgende duomoment in {Team(en, team)} ({day} {date}); het wordt overgeslagen. Tot de keer daarna.";
}
