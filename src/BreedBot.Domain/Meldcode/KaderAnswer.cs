namespace BreedBot.Domain.Meldcode;

/// <summary>Where an answer leads: the next question, or what the afwegingskader says (never both).</summary>
public sealed record KaderAnswer(KaderQuestion Question, bool Yes, KaderQuestion? Next, KaderNorm? Norm)
{
    public bool IsReportNorm => Norm is KaderNorm.ReportUnsafety or KaderNorm.ReportNoHelp or KaderNorm.ReportHelpRefused or KaderNorm.ReportHelpFails;

    /// <summary>Yes to acute or structural unsafety: the acute-danger path is offered first.</summary>
    public bool SignalsUnsafety => Question == KaderQuestion.AcuutOfStructureel && Yes;
}
