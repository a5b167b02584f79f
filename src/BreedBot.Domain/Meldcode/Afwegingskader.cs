namespace BreedBot.Domain.Meldcode;

/// <summary>
/// The yes/no flow of the afwegingskader's five questions (domain brief §2). It says what the
/// kader says; it never concludes for the professional.
/// </summary>
public static class Afwegingskader
{
    public static KaderQuestion First => KaderQuestion.Vermoeden;

    public static KaderAnswer Answer(KaderQuestion question, bool yes) => (question, yes) switch
    {
        (KaderQuestion.Vermoeden, false) => End(question, yes, KaderNorm.CloseAndRecord),
        (KaderQuestion.Vermoeden, true) => Ask(question, yes, KaderQuestion.AcuutOfStructureel),
        (KaderQuestion.AcuutOfStructureel, true) => End(question, yes, KaderNorm.ReportUnsafety),
        (KaderQuestion.AcuutOfStructureel, false) => Ask(question, yes, KaderQuestion.HulpMogelijk),
        (KaderQuestion.HulpMogelijk, false) => End(question, yes, KaderNorm.ReportNoHelp),
        (KaderQuestion.HulpMogelijk, true) => Ask(question, yes, KaderQuestion.HulpAanvaard),
        (KaderQuestion.HulpAanvaard, false) => End(question, yes, KaderNorm.ReportHelpRefused),
        (KaderQuestion.HulpAanvaard, true) => Ask(question, yes, KaderQuestion.HulpResultaat),
        (KaderQuestion.HulpResultaat, false) => End(question, yes, KaderNorm.ReportHelpFails),
        (KaderQuestion.HulpResultaat, true) => End(question, yes, KaderNorm.CloseHelpWithAgreements),
        _ => throw new ArgumentOutOfRangeException(nameof(question), question, "not an afwegingskader question"),
    };

    /// <summary>Question number 1–5 from card data; null for anything else.</summary>
    public static KaderQuestion? QuestionOf(int number) =>
        Enum.IsDefined(typeof(KaderQuestion), number) ? (KaderQuestion)number : null;

    private static KaderAnswer Ask(KaderQuestion question, bool yes, KaderQuestion next) => new(question, yes, next, null);

    private static KaderAnswer End(KaderQuestion question, bool yes, KaderNorm norm) => new(question, yes, null, norm);
}
