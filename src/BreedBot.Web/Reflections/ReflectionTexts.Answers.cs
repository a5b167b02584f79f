using BreedBot.Domain.Courage;
using BreedBot.Domain.Meldcode;
using BreedBot.Domain.Reflections;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Reflections;

/// <summary>
/// A reflection's answers in words, Dutch and English side by side: as title/value lines (the summary, the partner's
/// card, "mijn gegevens"), as the one line for the client file, and as "mijn gegevens" lists them.
/// </summary>
internal sealed partial class ReflectionTexts
{
    public IReadOnlyList<(string Title, string Value)> Facts(Reflection r)
    {
        var facts = new List<(string, string)>();
        // A short reflection did not ask the form, the kindcheck or the trigger: no answer is shown for them.
        var full = ReflectionShortcuts.AskedInFull(r);
        if (r.Casus is { } casus)
        {
            facts.Add((en ? "Case" : "Casus", casus.Label));
            if (full)
            {
                facts.Add((en ? "Form of violence" : "Vorm van geweld", casus.Form is { } form ? Of(form, en) : "-"));
                facts.Add(("Kindcheck", Of(casus.Children, en)));
            }
        }

        if (r.Discomfort is { } d)
        {
            facts.Add((en ? "Discomfort" : "Ongemak", $"{Join(d.Sources, s => Of(s, en))} ({Strength(d.Strength, en)})"));
            if (full)
            {
                facts.Add((en ? "What triggers it" : "Waardoor", d.Trigger));
            }
        }

        if (r.Effect is { } e)
        {
            facts.Add((en ? "Effect on acting" : "Effect op handelen", WithText(Join(e.Effects, x => Of(x, en)), e.Text)));
        }

        if (r.Goal is { } g)
        {
            facts.Add((en ? "What matters more" : "Wat zwaarder weegt", WithText(Join(g.Goals, x => Of(x, en)), g.Text)));
        }

        if (r.Factors is { } f)
        {
            facts.Add((en ? "Helps" : "Helpt", f.Helps.Count == 0 ? "-" : Join(f.Helps, x => Of(x, en))));
            facts.Add((en ? "Hinders" : "Belemmert", f.Hinders.Count == 0 ? "-" : Join(f.Hinders, x => Of(x, en))));
        }

        if (r.Meldcode is { } m)
        {
            facts.Add(("Meldcode", Of(m.Stage, en)));
            facts.Add((en ? "Acute / structural unsafety" : "Acute / structurele onveiligheid", $"{Of(m.AcuteUnsafety, en)} / {Of(m.StructuralUnsafety, en)}"));
        }

        if (r.NextStep is { } s)
        {
            facts.Add((en ? "Next step" : "Volgende stap", $"{s.What} ({Of(s.With, en)}, {ShortDate(s.By)})"));
        }

        return facts;
    }

    /// <summary>
    /// The one line to copy into the client file: that a consultation or reflection took place, at which meldcode step,
    /// on which date, and the next step. No client data: only the user's own guarded step text.
    /// </summary>
    public string DossierLine(Reflection r, DateOnly completedOn)
    {
        var stage = r.Meldcode?.Stage ?? MeldcodeStep.NotStarted;
        var step = stage == MeldcodeStep.NotStarted
            ? (en ? "meldcode not yet started" : "meldcode nog niet begonnen")
            : (en ? $"meldcode step {(int)stage}" : $"meldcode stap {(int)stage}");
        var what = r.Shared == true && r.SharedWith.Count > 0
            ? (en ? $"Peer consultation ({step}) with duo partner" : $"Collegiale consultatie ({step}) met duopartner")
            : (en ? $"Reflection on own actions ({step})" : $"Reflectie op eigen handelen ({step})");
        var next = r.NextStep is { } s
            ? (en
                ? $"; next step: {s.What} ({WithWhom(s.With, en)}, by {ShortDate(s.By)})"
                : $"; vervolgstap: {s.What} ({WithWhom(s.With, en)}, uiterlijk {ShortDate(s.By)})")
            : "";
        return en ? $"{what} on {ShortDate(completedOn)}{next}." : $"{what} op {ShortDate(completedOn)}{next}.";
    }

    public string ReflectionsTitle => en ? "Reflections" : "Reflecties";

    public string SharedWithYouTitle => en ? "Reflections shared with you" : "Met jou gedeelde reflecties";

    public string Kept(string? label, string started, string state, bool shared, int followUps, string? nextFollowUp) =>
        $"'{label ?? FromDuoMoment}': {(en ? "started" : "gestart")} {started}, {state}"
        + (shared ? (en ? "; shared with your duo partner" : "; gedeeld met je duopartner") : "")
        + (followUps > 0 ? (en ? $"; {CountTexts.Counted(followUps, "follow-up", "follow-ups")} answered" : $"; {followUps} keer teruggekeken") : "")
        + (nextFollowUp is { } next ? (en ? $"; next follow-up {next}" : $"; volgende vraag {next}") : "")
        + ".";

    public string Finished(string date) => en ? $"finished {date}" : $"afgerond {date}";

    public string OpenAtStep(int step) => en ? $"open at step {step}" : $"open bij stap {step}";

    public string FollowUpsTitle => en ? "Follow-ups (how your step went)" : "Teruggekeken (hoe je stap ging)";

    public string FollowUpLine(string? label, string date, StepOutcome outcome, string? happened, string? helped) =>
        $"'{label ?? FromDuoMoment}', {date}: {Of(outcome, en)}{(happened is null ? "" : "; " + happened)}{(helped is null ? "" : "; " + helped)}";

    public string PartnersResponse(string text) => $"  {(en ? "Your partner's response" : "Reactie van je partner")}: {text}";

    public string SharedWithYou(string? label, string date) => en ? $"'{label ?? "-"}': shared with you {date}." : $"'{label ?? "-"}': met je gedeeld {date}.";

    public string YourResponseOn(string date, string text) => $"  {(en ? "Your response" : "Je reactie")} {date}: {text}";

    private static string Join<T>(IEnumerable<T> values, Func<T, string> name) => string.Join(", ", values.Select(name));

    private static string WithText(string choices, string? text) => text is null ? choices : $"{choices}: {text}";
}
