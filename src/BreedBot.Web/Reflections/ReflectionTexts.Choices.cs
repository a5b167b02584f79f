using BreedBot.Domain.Courage;
using BreedBot.Domain.Meldcode;
using BreedBot.Domain.Reflections;
using BreedBot.Web.Kernel;

namespace BreedBot.Web.Reflections;

/// <summary>How each answer of a reflection reads, Dutch and English side by side. The words follow the domain brief.</summary>
internal sealed partial class ReflectionTexts
{
    public static string Of(ViolenceForm form, bool en) => form switch
    {
        ViolenceForm.PartnerViolence => en ? "(Ex-)partner violence" : "(Ex-)partnergeweld",
        ViolenceForm.CoerciveControl => en ? "Coercive control" : "Dwingende controle",
        ViolenceForm.ChildAbuse => en ? "Child abuse" : "Kindermishandeling",
        ViolenceForm.WitnessingPartnerViolence => en ? "A child witnessing partner violence" : "Kind getuige van partnergeweld",
        ViolenceForm.SexualViolence => en ? "Sexual violence" : "Seksueel geweld",
        ViolenceForm.ElderAbuse => en ? "Elder abuse (also derailed informal care)" : "Ouderenmishandeling (ook ontspoorde mantelzorg)",
        ViolenceForm.AbuseOfParents => en ? "Child-to-parent violence" : "Kind-oudergeweld",
        ViolenceForm.HonourRelated => en ? "Honour-related violence" : "Eergerelateerd geweld",
        ViolenceForm.ForcedMarriage => en ? "Forced marriage or abandonment abroad" : "Huwelijksdwang of achterlating",
        ViolenceForm.GenitalMutilation => en ? "Female genital mutilation (FGM)" : "Vrouwelijke genitale verminking (VGV)",
        _ => en ? "I don't know" : "Weet ik niet",
    };

    public static string Of(TriState answer, bool en) => answer switch
    {
        TriState.Yes => en ? "Yes" : "Ja",
        TriState.No => en ? "No" : "Nee",
        _ => en ? "I don't know" : "Weet ik niet",
    };

    // Discomfort, what helps and hinders, and the meldcode step read as the team summary reads them: one table each.
    public static string Of(DiscomfortSource source, bool en) => LabelTexts.Capitalized(LabelTexts.Of(source, en));

    public static string Of(HelpingFactor factor, bool en) => LabelTexts.Capitalized(LabelTexts.Of(factor, en));

    public static string Of(HinderingFactor factor, bool en) => LabelTexts.Capitalized(LabelTexts.Of(factor, en));

    public static string Of(MeldcodeStep step, bool en) => LabelTexts.Capitalized(LabelTexts.Of(step, en));

    public static string Of(ActingEffect effect, bool en) => effect switch
    {
        ActingEffect.Postpone => en ? "I postpone" : "Ik stel uit",
        ActingEffect.Avoid => en ? "I avoid it" : "Ik vermijd het",
        ActingEffect.Soften => en ? "I soften my message" : "Ik zwak mijn boodschap af",
        ActingEffect.ActAnyway => en ? "I act anyway" : "Ik doe het toch",
        _ => en ? "Something else" : "Iets anders",
    };

    public static string Of(HigherGoal goal, bool en) => goal switch
    {
        HigherGoal.ChildSafety => en ? "The safety of the children" : "De veiligheid van de kinderen",
        HigherGoal.VictimSafety => en ? "The safety of the victim" : "De veiligheid van het slachtoffer",
        HigherGoal.RecoveryOfFamily => en ? "Recovery and well-being of everyone involved" : "Herstel en welzijn van alle betrokkenen",
        HigherGoal.ProfessionalDuty => en ? "My professional code and the meldcode" : "Mijn beroepscode en de meldcode",
        _ => en ? "Something else" : "Iets anders",
    };

    public static string Of(StepPartner partner, bool en) => partner switch
    {
        StepPartner.DuoPartner => en ? "My duo partner" : "Mijn duopartner",
        StepPartner.Aandachtsfunctionaris => en ? "The aandachtsfunctionaris" : "De aandachtsfunctionaris",
        StepPartner.VeiligThuis => "Veilig Thuis",
        StepPartner.Client => en ? "The client" : "De cliënt",
        _ => en ? "Someone else" : "Iemand anders",
    };

    /// <summary>"met de aandachtsfunctionaris": the partner as it reads inside a sentence.</summary>
    public static string WithWhom(StepPartner partner, bool en) => partner switch
    {
        StepPartner.DuoPartner => en ? "with my duo partner" : "met mijn duopartner",
        StepPartner.Aandachtsfunctionaris => en ? "with the aandachtsfunctionaris" : "met de aandachtsfunctionaris",
        StepPartner.VeiligThuis => en ? "with Veilig Thuis" : "met Veilig Thuis",
        StepPartner.Client => en ? "with the client" : "met de cliënt",
        _ => en ? "with someone else" : "met iemand anders",
    };

    public static string Of(StepOutcome outcome, bool en) => outcome switch
    {
        StepOutcome.Ja => en ? "Yes" : "Ja",
        StepOutcome.Deels => en ? "Partly" : "Deels",
        _ => en ? "Not yet" : "Nog niet",
    };

    public static string Of(ShareChoice choice, bool en) => choice == ShareChoice.Share
        ? (en ? "Share with my duo partner" : "Delen met mijn duopartner")
        : (en ? "Keep it to myself" : "Alleen voor mezelf");

    public static string Strength(int value, bool en) => value switch
    {
        1 => en ? "1 – barely" : "1 – nauwelijks",
        2 => en ? "2 – a little" : "2 – een beetje",
        3 => en ? "3 – clearly" : "3 – duidelijk",
        4 => en ? "4 – strongly" : "4 – sterk",
        _ => en ? "5 – very strongly" : "5 – heel sterk",
    };
}
