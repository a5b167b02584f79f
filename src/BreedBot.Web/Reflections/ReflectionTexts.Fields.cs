using BreedBot.Domain.Privacy;
using BreedBot.Domain.Reflections;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Reflections;

/// <summary>The question for each input of the reflection cards, and what a problem with it means, Dutch and English side by side.</summary>
internal sealed partial class ReflectionTexts
{
    public static string Label(string field, bool en) => field switch
    {
        "label" => en ? "A neutral label for this case (no names), e.g. 'case A' or 'family blue'" : "Een neutraal label voor deze casus (geen namen), bijv. 'casus A' of 'gezin blauw'",
        "form" => en ? "Which form of violence do you think of? (optional)" : "Aan welke vorm van geweld denk je? (mag leeg)",
        "children" => en ? "Kindcheck: does the client care for children?" : "Kindcheck: zorgt de cliënt voor kinderen?",
        "sources" => en ? "What discomfort do you feel? (one or more)" : "Welk ongemak voel je? (één of meer)",
        "strength" => en ? "How strong is it? (required)" : "Hoe sterk is het? (verplicht)",
        "trigger" => en ? "What triggers it? (short, no names)" : "Waardoor komt het? (kort, geen namen)",
        "effects" => en ? "What does it do to how you act?" : "Wat doet het met je handelen?",
        "effectText" => en ? "In your own words (needed for 'something else')" : "In je eigen woorden (nodig bij 'iets anders')",
        "goals" => en ? "What matters more to you than the discomfort?" : "Wat vind je belangrijker dan het ongemak?",
        "goalText" => en ? "In your own words (needed for 'something else')" : "In je eigen woorden (nodig bij 'iets anders')",
        "helps" => en ? "What helps you here?" : "Wat helpt je hierbij?",
        "hinders" => en ? "What hinders you here?" : "Wat belemmert je hierbij?",
        "stage" => en ? "Where are you in the meldcode?" : "Waar sta je in de meldcode?",
        "acute" => en ? "Do you estimate there is acute unsafety (direct danger in the coming hours or days)?" : "Schat je in dat er acute onveiligheid is (direct gevaar in de komende uren of dagen)?",
        "structural" => en ? "Do you estimate there is structural unsafety (repeated or ongoing)?" : "Schat je in dat er structurele onveiligheid is (herhaald of aanhoudend)?",
        "stepWhat" => en ? "Your next courageous step (short, no names)" : "Je volgende moedige stap (kort, geen namen)",
        "stepWith" => en ? "With whom?" : "Met wie?",
        "stepBy" => en ? "By when?" : "Wanneer?",
        "share" => en ? "Share this reflection?" : "Deze reflectie delen?",
        "response" => en ? "Your short response" : "Je korte reactie",
        "outcome" => en ? "Did you take the step?" : "Heb je de stap gezet?",
        "happened" => en ? "What happened? (short, no names)" : "Wat gebeurde er? (kort, geen namen)",
        "helped" => en ? "What helped you?" : "Wat hielp je?",
        "newWhat" => en ? "A new step (optional; empty = the same step)" : "Een nieuwe stap (mag leeg; leeg = dezelfde stap)",
        "newWith" => en ? "With whom? (optional)" : "Met wie? (mag leeg)",
        "newBy" => en ? "New date (optional; with a date you get a follow-up again)" : "Nieuwe datum (mag leeg; met een datum vraag ik later weer hoe het ging)",
        _ => field,
    };

    /// <summary>What the empty strength dropdown says: a choice is required.</summary>
    public static string StrengthPlaceholder(bool en) => en ? "Choose 1 to 5" : "Kies 1 tot 5";

    /// <summary>A short title for the field in a problem line.</summary>
    public static string Short(string field, bool en) => field switch
    {
        "label" => en ? "Label" : "Label",
        "form" => en ? "Form of violence" : "Vorm van geweld",
        "children" => "Kindcheck",
        "sources" => en ? "Discomfort" : "Ongemak",
        "strength" => en ? "Strength" : "Sterkte",
        "trigger" => en ? "What triggers it" : "Waardoor het komt",
        "effects" or "effectText" => en ? "Effect on acting" : "Wat het met je handelen doet",
        "goals" or "goalText" => en ? "What matters more" : "Wat belangrijker is",
        "helps" or "hinders" => en ? "Helps / hinders" : "Helpt / belemmert",
        "stage" => "Meldcode",
        "acute" => en ? "Acute unsafety" : "Acute onveiligheid",
        "structural" => en ? "Structural unsafety" : "Structurele onveiligheid",
        "stepWhat" or "newWhat" => en ? "Next step" : "Volgende stap",
        "stepWith" or "newWith" => en ? "With whom" : "Met wie",
        "stepBy" or "newBy" => en ? "Date" : "Datum",
        "share" => en ? "Sharing" : "Delen",
        "response" => en ? "Response" : "Reactie",
        "outcome" => en ? "Step taken" : "Stap gezet",
        "happened" => en ? "What happened" : "Wat er gebeurde",
        "helped" => en ? "What helped" : "Wat hielp",
        _ => field,
    };

    /// <summary>
    /// One line per problem. Too long and identifying text use the shared privacy wording
    /// (<see cref="PrivacyTexts"/>), which names the kind of detail found, never the text itself.
    /// </summary>
    public static string Problem(ReflectionProblem problem, string? typed, bool en)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var field = Short(problem.Field, en);
        var language = en ? UserLanguage.English : UserLanguage.Dutch;
        return problem.Kind switch
        {
            ReflectionProblemKind.Required when problem.Field == "helps" => en ? $"{field}: choose at least one." : $"{field}: kies er minstens één.",
            ReflectionProblemKind.Required => en ? $"{field}: please fill this in." : $"{field}: vul dit nog in.",
            ReflectionProblemKind.UnknownChoice => en ? $"{field}: that choice does not exist; choose one from the list." : $"{field}: die keuze bestaat niet; kies er een uit de lijst.",
            ReflectionProblemKind.TooLong => $"{field}: {PrivacyTexts.TooLong(problem.Field == "label" ? ReflectionTextRules.Rules.LabelLimit : ReflectionTextRules.Rules.TextLimit, language)}",
            ReflectionProblemKind.Identifying => $"{field}: {PrivacyTexts.Explain(PrivacyGuard.Check(typed), language)}",
            ReflectionProblemKind.DateInPast => en ? $"{field}: choose today or a later date." : $"{field}: kies vandaag of een latere datum.",
            ReflectionProblemKind.OutOfRange => en ? $"{field}: that value is not possible here." : $"{field}: die waarde kan hier niet.",
            _ => en ? $"{field}: describe it in your own words." : $"{field}: beschrijf het in je eigen woorden.",
        };
    }
}
