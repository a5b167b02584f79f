using BreedBot.Domain.Reflections;
using BreedBot.Web.Cards;

namespace BreedBot.Web.Reflections;

/// <summary>A reflection's answers as title/value lines, for the summary, the partner's card and "mijn gegevens".</summary>
internal static class ReflectionFacts
{
    public static IReadOnlyList<(string Title, string Value)> Of(Reflection r, bool en)
    {
        var facts = new List<(string, string)>();
        if (r.Casus is { } casus)
        {
            facts.Add((en ? "Case" : "Casus", casus.Label));
            facts.Add((en ? "Form of violence" : "Vorm van geweld", casus.Form is { } form ? ReflectionChoiceNames.Of(form, en) : "-"));
            facts.Add(("Kindcheck", ReflectionChoiceNames.Of(casus.Children, en)));
        }

        if (r.Discomfort is { } d)
        {
            facts.Add((en ? "Discomfort" : "Ongemak", $"{Join(d.Sources, s => ReflectionChoiceNames.Of(s, en))} ({ReflectionChoiceNames.Strength(d.Strength, en)})"));
            facts.Add((en ? "What triggers it" : "Waardoor", d.Trigger));
        }

        if (r.Effect is { } e)
        {
            facts.Add((en ? "Effect on acting" : "Effect op handelen", WithText(Join(e.Effects, x => ReflectionChoiceNames.Of(x, en)), e.Text)));
        }

        if (r.Goal is { } g)
        {
            facts.Add((en ? "What matters more" : "Wat zwaarder weegt", WithText(Join(g.Goals, x => ReflectionChoiceNames.Of(x, en)), g.Text)));
        }

        if (r.Factors is { } f)
        {
            facts.Add((en ? "Helps" : "Helpt", f.Helps.Count == 0 ? "-" : Join(f.Helps, x => ReflectionChoiceNames.Of(x, en))));
            facts.Add((en ? "Hinders" : "Belemmert", f.Hinders.Count == 0 ? "-" : Join(f.Hinders, x => ReflectionChoiceNames.Of(x, en))));
        }

        if (r.Meldcode is { } m)
        {
            facts.Add(("Meldcode", ReflectionChoiceNames.Of(m.Stage, en)));
            facts.Add((en ? "Acute / structural unsafety" : "Acute / structurele onveiligheid", $"{ReflectionChoiceNames.Of(m.AcuteUnsafety, en)} / {ReflectionChoiceNames.Of(m.StructuralUnsafety, en)}"));
        }

        if (r.NextStep is { } s)
        {
            facts.Add((en ? "Next step" : "Volgende stap", $"{s.What} ({ReflectionChoiceNames.Of(s.With, en)}, {ReflectionCardTexts.ShortDate(s.By)})"));
        }

        return facts;
    }

    private static string Join<T>(IEnumerable<T> values, Func<T, string> name) => string.Join(", ", values.Select(name));

    private static string WithText(string choices, string? text) => text is null ? choices : $"{choices}: {text}";
}
