using System.Globalization;
using BreedBot.Domain.Courage;
using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.Meldcode;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Kernel;

/// <summary>
/// One table per category that several features show, Dutch and English side by side, as the words read inside a
/// sentence ("Gedaan deze week: casus besproken", "Wat duo's deden: casus besproken (4)"). A choice on a card starts
/// with a capital (<see cref="Capitalized"/>).
/// </summary>
internal static class LabelTexts
{
    public static string Of(DuoActivity value, bool en) => value switch
    {
        DuoActivity.CaseDiscussed => en ? "discussed a case" : "casus besproken",
        DuoActivity.LookedBack => en ? "looked back" : "teruggekeken",
        DuoActivity.SharedKnowledge => en ? "shared knowledge" : "kennis gedeeld",
        _ => en ? "something else" : "anders",
    };

    public static string Of(DiscomfortSource value, bool en) => value switch
    {
        DiscomfortSource.Angst => en ? "fear" : "angst",
        DiscomfortSource.Onzekerheid => en ? "uncertainty" : "onzekerheid",
        DiscomfortSource.Weerstand => en ? "resistance" : "weerstand",
        _ => en ? "worries" : "zorgen",
    };

    public static string Of(HelpingFactor value, bool en) => value switch
    {
        HelpingFactor.Bewustwording => en ? "naming the discomfort" : "ongemak benoemen",
        HelpingFactor.WaarderendeOmgeving => en ? "an appreciative team" : "een waarderende omgeving",
        HelpingFactor.EthischKlimaat => en ? "shared values" : "gedeelde waarden",
        HelpingFactor.KennisEnVaardigheden => en ? "knowledge and skills" : "kennis en vaardigheden",
        HelpingFactor.Rolmodellen => en ? "colleagues as role models" : "collega's als voorbeeld",
        HelpingFactor.Ervaringskennis => en ? "lived experience" : "ervaringskennis",
        _ => en ? "reflection and intervision" : "reflectie en intervisie",
    };

    public static string Of(HinderingFactor value, bool en) => value switch
    {
        HinderingFactor.Afrekencultuur => en ? "a culture of control and accountability" : "een beheers- en afrekencultuur",
        HinderingFactor.GeenEthischKlimaat => en ? "no shared values" : "geen gedeelde waarden",
        HinderingFactor.GebrekAanKennis => en ? "missing knowledge or skills" : "gebrek aan kennis of vaardigheden",
        HinderingFactor.GeenAutonomie => en ? "no room for own professional judgement" : "geen ruimte voor eigen vakmanschap",
        HinderingFactor.RisicoMijden => en ? "avoiding risk is the norm" : "risico's mijden is de norm",
        _ => en ? "no time or room for reflection" : "geen tijd of ruimte voor reflectie",
    };

    public static string Of(MeldcodeStep value, bool en) => value switch
    {
        MeldcodeStep.Signals => en ? "step 1, mapping the signals" : "stap 1, signalen in kaart brengen",
        MeldcodeStep.Consultation => en ? "step 2, peer consultation" : "stap 2, collegiale consultatie",
        MeldcodeStep.ClientConversation => en ? "step 3, talking with the client" : "stap 3, gesprek met de cliënt",
        MeldcodeStep.Weighing => en ? "step 4, weighing with the afwegingskader" : "stap 4, wegen met het afwegingskader",
        MeldcodeStep.Deciding => en ? "step 5, deciding on reporting and help" : "stap 5, beslissen over melden en hulp",
        _ => en ? "not started yet" : "nog niet begonnen",
    };

    /// <summary>What a courage story is shown under, in the team summary and in its author's preview of it.</summary>
    public static string CourageStory(UserLanguage language, int stories) => (language == UserLanguage.English, stories > 1) switch
    {
        (true, false) => "A brave moment, shared anonymously",
        (true, true) => "Brave moments, shared anonymously",
        (false, false) => "Een moedig moment, anoniem gedeeld",
        (false, true) => "Moedige momenten, anoniem gedeeld",
    };

    /// <summary>The label as a choice on a card: "Casus besproken".</summary>
    public static string Capitalized(string label) =>
        label.Length == 0 ? label : char.ToUpper(label[0], CultureInfo.InvariantCulture) + label[1..];
}
