using BreedBot.Domain.DuoWeeks;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Kernel;

/// <summary>
/// The words of "sla volgende keer over" (and of "sla deze week over", which asks the same reasons), Dutch and English
/// side by side: one place for the reminder, the duomoment card and the duo card.
/// </summary>
internal sealed class SkipAheadTexts(bool en)
{
    public static SkipAheadTexts For(UserLanguage language) => new(language == UserLanguage.English);

    public string Title => en ? "Skip next time" : "Sla volgende keer over";

    public string ReasonLabel => en ? "Why? (only counted, never shown)" : "Waarom? (alleen geteld, nooit getoond)";

    public string ReasonError => en ? "Choose a reason." : "Kies een reden.";

    public string Reason(SkipReason reason) => reason switch
    {
        SkipReason.Holiday => en ? "Holiday" : "Vakantie",
        SkipReason.Ill => en ? "Ill" : "Ziek",
        SkipReason.Busy => en ? "Busy" : "Druk",
        _ => en ? "Other" : "Anders",
    };

    public string Submit => en ? "Skip" : "Overslaan";

    public string Skipped(string day, string date) => en
        ? $"Skipped ahead: your duo moment of {day} {date}. Your partner has been told; no reminder comes that week."
        : $"Alvast overgeslagen: jullie duomoment van {day} {date}. Je partner hoort het; die week komt er geen herinnering.";

    public string AlreadySkipped(string day, string date) => en
        ? $"Your duo moment of {day} {date} was already skipped."
        : $"Jullie duomoment van {day} {date} was al overgeslagen.";

    public string AlreadyHeld => en ? "Your duo already checked in for that moment; it counts once." : "Jullie duo heeft dat moment al afgevinkt; het telt één keer.";
}
