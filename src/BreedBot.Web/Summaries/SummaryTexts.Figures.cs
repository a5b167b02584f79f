using System.Globalization;
using BreedBot.Domain.Summaries;
using BreedBot.Web.Kernel;

namespace BreedBot.Web.Summaries;

/// <summary>
/// The summary's figures as appreciation, not a scoreboard: sentences about what the team did ("drie keer zette een collega een
/// moedige stap"), small numbers in words, no averages, no "of planned" and no comparison with earlier weeks that would
/// make a figure a target. A sentence exists only for what <see cref="WeeklySummary"/> lets through (3 or more), and none at all
/// below three taking part.
/// </summary>
internal static partial class SummaryTexts
{
    private static readonly string[] DutchNumbers = ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf"];
    private static readonly string[] EnglishNumbers = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    public static IReadOnlyList<string> Sentences(WeeklySummary s, bool en)
    {
        // Below three taking part not even the moments held are told: with so few, a number says who met.
        if (!s.Detailed)
        {
            return [];
        }

        var lines = new List<string>();
        Add(lines, s.MomentsHeld switch
        {
            null => null,
            0 => en ? "No duo moments this week: there is always a next one." : "Deze week geen duomomenten: er komt altijd een volgende.",
            1 => en ? "Duo partners met once this week." : "Duopartners spraken elkaar deze week één keer.",
            { } n => en ? $"Duo partners met {Number(n, en)} times this week." : $"Duopartners spraken elkaar deze week {Number(n, en)} keer.",
        });

        Add(lines, s.Participants is { } p ? (en ? $"{Capital(Number(p, en))} colleagues took part." : $"{Capital(Number(p, en))} collega's deden mee.") : null);
        Add(lines, s.AverageUsefulness switch
        {
            >= 4 => en ? "Those who met found their talk valuable." : "Wie elkaar sprak, vond het gesprek waardevol.",
            >= 3 => en ? "Those who met found their talk useful." : "Wie elkaar sprak, vond het gesprek nuttig.",
            _ => null,
        });
        Add(lines, Named(s.Activities, a => LabelTexts.Of(a, en)) is { } did ? (en ? $"What duos did: {did}." : $"Wat duo's deden: {did}.") : null);
        Add(lines, s.Reflections is { } r and > 0 ? (en ? $"Colleagues reflected on a case {Times(r, en)}." : $"Er werd {Times(r, en)} gereflecteerd op een casus.") : null);
        Add(lines, s.StepsTaken is { } t and > 0 ? (en ? $"{Capital(Times(t, en))} a colleague took a courageous step." : $"{Capital(Times(t, en))} zette een collega een moedige stap.") : null);
        Add(lines, s.StepsPlanned is { } c and > 0 ? (en ? $"{Capital(Times(c, en))} someone chose their next courageous step." : $"{Capital(Times(c, en))} koos iemand een volgende moedige stap.") : null);
        Add(lines, Named(s.Discomfort, d => LabelTexts.Of(d, en)) is { } felt ? (en ? $"Discomfort that was named: {felt}." : $"Genoemd ongemak: {felt}.") : null);
        Add(lines, Named(s.MeldcodeSteps, m => LabelTexts.Of(m, en)) is { } at ? (en ? $"Where people were in the meldcode: {at}." : $"Waar mensen stonden in de meldcode: {at}.") : null);
        Add(lines, Named(s.Helping, h => LabelTexts.Of(h, en)) is { } helped ? (en ? $"What helped: {helped}." : $"Wat hielp: {helped}.") : null);
        Add(lines, Named(s.Hindering, h => LabelTexts.Of(h, en)) is { } hindered ? (en ? $"What got in the way: {hindered}." : $"Wat in de weg zat: {hindered}.") : null);
        return lines;
    }

    /// <summary>
    /// Under the stories: the tellers thanked together, and how many stories waited for this summary in words, only from
    /// three (as every number here); fewer are thanked without a number.
    /// </summary>
    public static string StoryThanks(int stories, bool en) => stories >= 3
        ? (en
            ? $"{Capital(Number(stories, en))} colleagues shared a brave moment for this summary. Thank you all: this is how we learn from each other's courage."
            : $"{Capital(Number(stories, en))} collega's deelden een moedig moment voor dit overzicht. Dank jullie wel: zo leren we van elkaars moed.")
        : (en
            ? "Thank you to whoever shared a brave moment: this is how we learn from each other's courage."
            : "Dank aan wie een moedig moment deelde: zo leren we van elkaars moed.");

    private static void Add(List<string> lines, string? line)
    {
        if (!string.IsNullOrEmpty(line))
        {
            lines.Add(line);
        }
    }

    private static string Number(int n, bool en) =>
        n >= 0 && n < DutchNumbers.Length ? (en ? EnglishNumbers : DutchNumbers)[n] : n.ToString(CultureInfo.InvariantCulture);

    private static string Times(int n, bool en) => (n, en) switch
    {
        (1, true) => "once",
        (2, true) => "twice",
        (1, false) => "één keer",
        (_, true) => $"{Number(n, en)} times",
        _ => $"{Number(n, en)} keer",
    };

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>The categories shown, most named first, without their counts; "overig" is left out.</summary>
    private static string? Named<T>(CategorySpread<T> spread, Func<T, string> label)
        where T : struct, Enum =>
        spread.Shown.Count == 0 ? null : string.Join(", ", spread.Shown.Select(c => label(c.Category)));
}
