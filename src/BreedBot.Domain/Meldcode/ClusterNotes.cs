using BreedBot.Domain.Pairing;

namespace BreedBot.Domain.Meldcode;

/// <summary>
/// Where a beroepscluster's own afwegingskader differs, per step (domain brief §2: VWS meldcode
/// app, KNMG, V&amp;VN, afwegingskadermeldcode.nl). Members without a cluster see no notes.
/// </summary>
public static class ClusterNotes
{
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
        (Beroepscluster.SociaalWerk, MeldcodeStep.Weighing or MeldcodeStep.Deciding) =>
        [
            new("Sociaal werkers en jeugd- en gezinsprofessionals hebben een eigen afwegingskader (afwegingskadermeldcode.nl).",
                "Social workers and youth and family professionals have their own afwegingskader (afwegingskadermeldcode.nl)."),
        ],
        (Beroepscluster.VerpleegkundigeVerzorgende, MeldcodeStep.Weighing or MeldcodeStep.Deciding) =>
        [
            new("Verpleegkundigen en verzorgenden werken met het afwegingskader van V&VN.",
                "Nurses and carers use the V&VN afwegingskader."),
        ],
        (Beroepscluster.Anders, MeldcodeStep.Weighing) =>
        [
            new("Gebruik het afwegingskader van je eigen beroepsgroep of organisatie; de vijf vragen zijn overal gelijk.",
                "Use the afwegingskader of your own profession or organisation; the five questions are the same everywhere."),
        ],
        _ => [],
    };
}
