using BreedBot.Domain.Courage;
using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.Meldcode;
using BreedBot.Domain.Summaries;

namespace BreedBot.Web.Summaries;

/// <summary>The words for the courage categories and trends, as the summary card shows them.</summary>
internal static class CourageLabels
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
        _ => en ? "worry" : "zorgen",
    };

    public static string Of(MeldcodeStep value, bool en) => value switch
    {
        MeldcodeStep.Signals => en ? "step 1, mapping signals" : "stap 1, signalen in kaart",
        MeldcodeStep.Consultation => en ? "step 2, consultation" : "stap 2, collegiale consultatie",
        MeldcodeStep.ClientConversation => en ? "step 3, talking with the client" : "stap 3, gesprek met de cliënt",
        MeldcodeStep.Weighing => en ? "step 4, weighing" : "stap 4, wegen",
        _ => en ? "step 5, deciding" : "stap 5, beslissen",
    };

    public static string Of(HelpingFactor value, bool en) => value switch
    {
        HelpingFactor.Bewustwording => en ? "naming the discomfort" : "ongemak benoemen",
        HelpingFactor.WaarderendeOmgeving => en ? "an appreciative team" : "een waarderende omgeving",
        HelpingFactor.EthischKlimaat => en ? "shared values" : "gedeelde waarden",
        HelpingFactor.KennisEnVaardigheden => en ? "knowledge and skills" : "kennis en vaardigheden",
        HelpingFactor.Rolmodellen => en ? "role models" : "rolmodellen",
        HelpingFactor.Ervaringskennis => en ? "lived experience" : "ervaringskennis",
        _ => en ? "reflection and intervision" : "reflectie en intervisie",
    };

    public static string Of(HinderingFactor value, bool en) => value switch
    {
        HinderingFactor.Afrekencultuur => en ? "a culture of control" : "een afrekencultuur",
        HinderingFactor.GeenEthischKlimaat => en ? "no shared values" : "geen gedeelde waarden",
        HinderingFactor.GebrekAanKennis => en ? "missing knowledge" : "gebrek aan kennis",
        HinderingFactor.GeenAutonomie => en ? "no room for own judgement" : "geen professionele ruimte",
        HinderingFactor.RisicoMijden => en ? "avoiding risk" : "risico's mijden",
        _ => en ? "no time to reflect" : "geen tijd voor reflectie",
    };

    public static string Of(Trend trend, bool en) => trend switch
    {
        Trend.Meer => en ? "more than the 4 weeks before" : "meer dan de 4 weken ervoor",
        Trend.Minder => en ? "fewer than the 4 weeks before" : "minder dan de 4 weken ervoor",
        _ => en ? "about as many as the 4 weeks before" : "ongeveer als de 4 weken ervoor",
    };
}
