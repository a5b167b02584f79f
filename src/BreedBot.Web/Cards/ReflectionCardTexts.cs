using System.Globalization;
using System.Text.Json.Nodes;
using BreedBot.Domain.Reflections;
using BreedBot.Web.Localization;
using BreedBot.Web.Reflections;
using BreedBot.Web.Kernel;

namespace BreedBot.Web.Cards;

/// <summary>The words the reflection cards share: step titles and intros, the acute-danger lines, dates.</summary>
internal static class ReflectionCardTexts
{
    /// <summary>Content-free: never a label or an answer.</summary>
    public static string Summary(UserLanguage language) =>
        language == UserLanguage.English ? "BreedBot: reflection" : "BreedBot: reflectie";

    /// <summary>
    /// The numbers after "acute unsafety: ja", and after "weet ik niet" too: in doubt the meldcode asks the same —
    /// ask Veilig Thuis for advice.
    /// </summary>
    public static JsonObject AcuteSafety(UserLanguage language, bool doubt = false)
    {
        var en = language == UserLanguage.English;
        var data = SafetyNotice.Data(language);
        data["intro"] = doubt
            ? (en ? "You're not sure whether there is acute unsafety. Safety comes first:" : "Je weet niet zeker of er acute onveiligheid is. Veiligheid gaat voor:")
            : (en ? "You estimate there is acute unsafety. Safety comes first:" : "Je schat in dat er acute onveiligheid is. Veiligheid gaat voor:");
        data["hasDoubt"] = doubt;
        data["doubt"] = InDoubt(en);
        return data;
    }

    /// <summary>The meldcode's rule when unsure.</summary>
    public static string InDoubt(bool en) => en ? "In doubt: ask Veilig Thuis for advice. That can be anonymous." : "Bij twijfel: vraag Veilig Thuis om advies. Dat kan anoniem.";

    /// <summary>"Eergerelateerd geweld: een gesprek met de cliënt kan het gevaar dan vergroten …" — empty for other forms.</summary>
    public static string ExpertBeforeTalking(Reflection r, bool en) =>
        r.Casus?.Form is { } form && form.NeedsExpertBeforeTalking()
            ? $"{ReflectionChoiceNames.Of(form, en)}: {Domain.Meldcode.MeldcodeGuide.ExpertBeforeTalking.In(en)}"
            : "";

    public static string StepTitle(ReflectionStep step, bool en) => step switch
    {
        ReflectionStep.Casus => en ? "The case" : "De casus",
        ReflectionStep.Discomfort => en ? "Your discomfort" : "Je ongemak",
        ReflectionStep.Effect => en ? "What it does to your acting" : "Wat het met je handelen doet",
        ReflectionStep.Goal => en ? "What matters more" : "Wat belangrijker is",
        ReflectionStep.Factors => en ? "What helps, what hinders" : "Wat helpt, wat belemmert",
        ReflectionStep.Meldcode => en ? "The meldcode" : "De meldcode",
        ReflectionStep.NextStep => en ? "Your next courageous step" : "Je volgende moedige stap",
        ReflectionStep.Share => en ? "Share or keep private" : "Delen of voor jezelf",
        _ => en ? "Done" : "Klaar",
    };

    public static string StepIntro(ReflectionStep step, bool en, IReadOnlyList<string> partners) => step switch
    {
        ReflectionStep.Casus => en
            ? "Take a moment, away from the rush of the day. Give the case a neutral label; BreedBot never needs to know who it is about."
            : "Neem even de tijd, buiten de waan van de dag. Geef de casus een neutraal label; BreedBot hoeft nooit te weten over wie het gaat.",
        ReflectionStep.Discomfort => en
            ? "Courage means acting while you feel discomfort. Naming it is the first step."
            : "Moed is handelen terwijl je ongemak voelt. Het benoemen is de eerste stap.",
        ReflectionStep.Effect => en
            ? "Do you intervene, or do you sit on your hands? Be honest; only you see this."
            : "Grijp je in, of ga je op je handen zitten? Wees eerlijk; alleen jij ziet dit.",
        ReflectionStep.Goal => en
            ? "You can feel the fear and still decide that a higher goal matters more."
            : "Je kunt de angst voelen en toch besluiten dat een hoger doel zwaarder weegt.",
        ReflectionStep.Factors => en ? "Choose from both lists what applies here." : "Kies uit beide lijsten wat hier speelt.",
        ReflectionStep.Meldcode => en
            ? "The meldcode guides you; it is not a duty to report. BreedBot does not judge the unsafety: you do, with your colleagues."
            : "De meldcode is je leidraad, geen meldplicht. BreedBot beoordeelt de onveiligheid niet: dat doe jij, samen met collega's.",
        ReflectionStep.NextStep => en
            ? "What is one concrete step you will take? On that date BreedBot asks how it went."
            : "Wat is één concrete stap die je gaat zetten? Op die datum vraagt BreedBot hoe het ging.",
        ReflectionStep.Share => partners.Count > 0
            ? (en ? $"If you share, only your duo partner ({string.Join(", ", partners)}) sees your answers and can respond." : $"Als je deelt, ziet alleen je duo-partner ({string.Join(", ", partners)}) je antwoorden en kan reageren.")
            : (en ? "You have no duo partner right now, so sharing reaches nobody yet." : "Je hebt nu geen duo-partner, dus delen bereikt nog niemand."),
        _ => "",
    };

    public static string Date(DateOnly date, bool en) =>
        date.ToString(en ? "dddd d MMMM yyyy" : "dddd d MMMM yyyy", CultureInfo.GetCultureInfo(en ? "en-GB" : "nl-NL"));

    public static string ShortDate(DateOnly date) => date.ToString("d-M-yyyy", CultureInfo.InvariantCulture);
}
