using System.Globalization;
using BreedBot.Domain.Summaries;
using BreedBot.Web.Kernel;

namespace BreedBot.Web.Summaries;

internal static partial class SummaryTexts
{
    /// <summary>The summary's figures as title/value lines; a line exists only for what the summary lets through, so none below three participants.</summary>
    public static IReadOnlyList<(string Title, string Value)> Figures(WeeklySummary s, bool en)
    {
        var culture = CultureInfo.GetCultureInfo(en ? "en-GB" : "nl-NL");
        var lines = new List<(string, string)>();
        if (!s.Detailed)
        {
            return lines;
        }

        // A week without planned moments (every two weeks, a quiet week) has no "0 of 0 held".
        Add(lines, en ? "Duo moments" : "Duomomenten", s.MomentsPlanned is 0 ? null : WithTrend(en ? $"{s.MomentsHeld} of {s.MomentsPlanned} held" : $"{s.MomentsHeld} van {s.MomentsPlanned} gehouden", s.MomentsHeldTrend, en));
        Add(lines, en ? "Taking part" : "Deelnemers", s.Participants?.ToString(culture));
        Add(lines, en ? "Usefulness (1–5)" : "Nut (1–5)", s.AverageUsefulness?.ToString("0.0", culture));
        Add(lines, en ? "What duos did" : "Wat duo's deden", Spread(s.Activities, a => LabelTexts.Of(a, en), en));
        Add(lines, en ? "Reflections" : "Reflecties", s.Reflections is { } r ? WithTrend(r.ToString(culture), s.ReflectionsTrend, en) : null);
        var steps = new[]
        {
            s.StepsPlanned is { } p ? (en ? $"{p} chosen" : $"{p} gekozen") : null,
            s.StepsTaken is { } t ? (en ? $"{t} taken" : $"{t} gezet") : null,
        }.OfType<string>().ToList();
        Add(lines, en ? "Courageous steps" : "Moedige stappen", steps.Count == 0 ? null : string.Join(" · ", steps));
        Add(lines, en ? "Discomfort" : "Ongemak", Spread(s.Discomfort, d => LabelTexts.Of(d, en), en));
        Add(lines, en ? "Meldcode step" : "Meldcodestap", Spread(s.MeldcodeSteps, m => LabelTexts.Of(m, en), en));
        Add(lines, en ? "What helped" : "Wat hielp", Spread(s.Helping, h => LabelTexts.Of(h, en), en));
        Add(lines, en ? "What hindered" : "Wat remde", Spread(s.Hindering, h => LabelTexts.Of(h, en), en));
        return lines;
    }

    private static void Add(List<(string, string)> lines, string title, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            lines.Add((title, value));
        }
    }

    private static string WithTrend(string value, Trend? trend, bool en) =>
        trend is { } t ? $"{value} · {Of(t, en)}" : value;

    private static string? Spread<T>(CategorySpread<T> spread, Func<T, string> label, bool en)
        where T : struct, Enum
    {
        var parts = spread.Shown.Select(c => string.Create(CultureInfo.InvariantCulture, $"{label(c.Category)} ({c.Count})")).ToList();
        if (spread.Other is { } other)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{(en ? "other" : "overig")} ({other})"));
        }

        return parts.Count == 0 ? null : string.Join(" · ", parts);
    }

    private static string Of(Trend trend, bool en) => trend switch
    {
        Trend.Meer => en ? "more than the 4 weeks before" : "meer dan de 4 weken ervoor",
        Trend.Minder => en ? "fewer than the 4 weeks before" : "minder dan de 4 weken ervoor",
        _ => en ? "about as many as the 4 weeks before" : "ongeveer als de 4 weken ervoor",
    };
}
