using BreedBot.Domain.Courage;
using BreedBot.Domain.TeamWeeks;

namespace BreedBot.Domain.DuoWeeks;

/// <summary>
/// The duo moment's fifteen minutes (after Movisie's factors that help courage): five to bring in a casus (a label
/// only, and what makes it hard), five for the partner's questions, five for the next courageous step. The questions
/// are four that always help — what is at stake, what would you do without fear, what the meldcode asks now, who else
/// should know — and one more each week from the other helping factors, the same for both partners of a duo (it
/// follows the ISO week), so the card stays fresh without anyone having to prepare.
/// </summary>
public static class DuoGuide
{
    public const int MinutesPerPart = 5;

    /// <summary>A question for the partner to ask, with the helping factor it comes from.</summary>
    public sealed record Question(HelpingFactor Factor, BilingualText Text);

    public static IReadOnlyList<Question> Always { get; } =
    [
        new(HelpingFactor.EthischKlimaat, new("Wat staat er op het spel, en voor wie?", "What is at stake, and for whom?")),
        new(HelpingFactor.Bewustwording, new("Wat zou je doen als je niet bang was?", "What would you do if you were not afraid?")),
        new(HelpingFactor.KennisEnVaardigheden, new("Wat vraagt de meldcode nu van je?", "What does the meldcode ask of you now?")),
        new(HelpingFactor.WaarderendeOmgeving, new("Wie moet dit nog meer weten? Wie kan je steunen?", "Who else should know? Who can support you?")),
    ];

    /// <summary>The weekly extra, one per week in turn.</summary>
    public static IReadOnlyList<Question> Rotating { get; } =
    [
        new(HelpingFactor.Bewustwording, new("Wat voel je nu je erover vertelt: angst, onzekerheid, weerstand of zorgen?", "What do you feel as you tell it: fear, uncertainty, resistance or worry?")),
        new(HelpingFactor.Rolmodellen, new("Wie heb je in zo'n situatie moedig zien handelen? Wat deed die?", "Whom have you seen act with courage in a situation like this? What did they do?")),
        new(HelpingFactor.Ervaringskennis, new("Hoe zou de cliënt, of het kind, dit zien?", "How would the client, or the child, see this?")),
        new(HelpingFactor.ReflectieEnIntervisie, new("Wat heb je eerder geleerd dat je nu kunt gebruiken?", "What did you learn before that you can use now?")),
        new(HelpingFactor.WaarderendeOmgeving, new("Wat heb je van mij of van het team nodig?", "What do you need from me or from the team?")),
        new(HelpingFactor.EthischKlimaat, new("Waarom doet dit ertoe, voor jou als professional?", "Why does this matter, to you as a professional?")),
    ];

    /// <summary>The week's questions: the four that always help, then that week's extra.</summary>
    public static IReadOnlyList<Question> QuestionsFor(IsoWeek week) => [.. Always, Rotating[ExtraIndex(week)]];

    /// <summary>Counts weeks across years, so week 1 follows week 52 or 53 without repeating or skipping a question.</summary>
    internal static int ExtraIndex(IsoWeek week)
    {
        var monday = week.Monday.DayNumber;
        var weeks = (monday - DateOnly.MinValue.DayNumber) / 7;
        return weeks % Rotating.Count;
    }
}
