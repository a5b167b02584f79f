using BreedBot.Domain.Pairing;

namespace BreedBot.Domain.Meldcode;

/// <summary>
/// Where a professional group's own meldcode or afwegingskader differs, per step (domain brief §2: VWS
/// meldcode app, KNMG, V&amp;VN, afwegingskadermeldcode.nl). Members without a group see no notes.
/// </summary>
public static class ClusterNotes
{
    private static readonly BilingualText SocialWork = new(
        "Sociaal werkers en jeugd- en gezinsprofessionals hebben een eigen afwegingskader (afwegingskadermeldcode.nl).",
        "Social workers and youth and family professionals have their own afwegingskader (afwegingskadermeldcode.nl).");

    public static IReadOnlyList<BilingualText> For(Beroepscluster? cluster, MeldcodeStep step) => (cluster, step) switch
    {
        (Beroepscluster.Arts, MeldcodeStep.Consultation) =>
        [
            new("Voor artsen (KNMG): in deze stap vraag je altijd Veilig Thuis om advies.",
                "For physicians (KNMG): in this step you always ask Veilig Thuis for advice."),
        ],
        (Beroepscluster.Arts, MeldcodeStep.Weighing) =>
        [
            new("De KNMG-meldcode geeft voorbeelden van acute en structurele onveiligheid; gebruik die bij het wegen.",
                "The KNMG meldcode gives examples of acute and structural unsafety; use them when weighing."),
        ],
        (Beroepscluster.Praktijkondersteuning, MeldcodeStep.Consultation) =>
        [
            new("De huisarts werkt met de KNMG-meldcode en vraagt in deze stap altijd Veilig Thuis om advies. Betrek de huisarts van je praktijk dus bij dit overleg.",
                "The GP works with the KNMG meldcode and always asks Veilig Thuis for advice in this step. So involve your practice's GP in this consultation."),
        ],
        (Beroepscluster.Praktijkondersteuning, MeldcodeStep.Weighing or MeldcodeStep.Deciding) =>
        [
            new("Gebruik het afwegingskader van je praktijk; ben je verpleegkundige, dan dat van V&VN.",
                "Use your practice's afwegingskader; if you are a nurse, the V&VN one."),
        ],
        (Beroepscluster.SociaalWerk or Beroepscluster.MaatschappelijkWerk or Beroepscluster.Jeugdhulp, MeldcodeStep.Weighing or MeldcodeStep.Deciding) =>
        [
            SocialWork,
        ],
        (Beroepscluster.VerpleegkundigeVerzorgende, MeldcodeStep.Weighing or MeldcodeStep.Deciding) =>
        [
            new("Verpleegkundigen en verzorgenden werken met het afwegingskader van V&VN.",
                "Nurses and carers use the V&VN afwegingskader."),
        ],
        (Beroepscluster.Ggz, MeldcodeStep.Weighing or MeldcodeStep.Deciding) =>
        [
            new("Psychologen, pedagogen en (psycho)therapeuten hebben een eigen afwegingskader van hun beroepsgroep.",
                "Psychologists, educationalists and (psycho)therapists have their own profession's afwegingskader."),
        ],
        (Beroepscluster.Onderwijs, MeldcodeStep.Weighing or MeldcodeStep.Deciding) =>
        [
            new("Het onderwijs heeft een eigen afwegingskader; je school neemt het op in haar meldcode.",
                "Education has its own afwegingskader; your school takes it into its meldcode."),
        ],
        (Beroepscluster.Kinderopvang, MeldcodeStep.Weighing or MeldcodeStep.Deciding) =>
        [
            new("De kinderopvang heeft een eigen afwegingskader; je organisatie neemt het op in haar meldcode.",
                "Childcare has its own afwegingskader; your organisation takes it into its meldcode."),
        ],
        (Beroepscluster.VeiligThuisOpvang, MeldcodeStep.Weighing or MeldcodeStep.Deciding) =>
        [
            new("Werk je bij Veilig Thuis? Dan komen meldingen bij jullie binnen: je weegt en beslist volgens de werkwijze van Veilig Thuis. In de vrouwenopvang gebruik je het afwegingskader voor sociaal werkers (afwegingskadermeldcode.nl).",
                "Do you work at Veilig Thuis? Then reports come to you: you weigh and decide by Veilig Thuis's own way of working. In a women's shelter you use the afwegingskader for social workers (afwegingskadermeldcode.nl)."),
        ],
        (Beroepscluster.Anders, MeldcodeStep.Weighing) =>
        [
            new("Gebruik het afwegingskader van je eigen beroepsgroep of organisatie; de vijf vragen zijn overal gelijk.",
                "Use the afwegingskader of your own profession or organisation; the five questions are the same everywhere."),
        ],
        _ => [],
    };
}
