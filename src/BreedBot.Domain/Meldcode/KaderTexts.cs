namespace BreedBot.Domain.Meldcode;

/// <summary>The afwegingskader's questions and what it says after each answer, in our own words.</summary>
public static class KaderTexts
{
    public static BilingualText Question(KaderQuestion question) => question switch
    {
        KaderQuestion.Vermoeden => new(
            "Vraag 1. Heb ik, op basis van de stappen tot nu toe, een vermoeden van (dreiging van) huiselijk geweld of kindermishandeling?",
            "Question 1. Based on the steps so far, do I suspect (a threat of) domestic violence or child abuse?"),
        KaderQuestion.AcuutOfStructureel => new(
            "Vraag 2. Schat ik in dat er sprake is van acute en/of structurele onveiligheid?",
            "Question 2. Do I estimate that there is acute and/or structural unsafety?"),
        KaderQuestion.HulpMogelijk => new(
            "Vraag 3. Kan ik effectieve hulp bieden of organiseren om (toekomstig) geweld af te wenden?",
            "Question 3. Can I provide or organise effective help to avert (future) violence?"),
        KaderQuestion.HulpAanvaard => new(
            "Vraag 4. Aanvaarden de betrokkenen die hulp en werken ze eraan mee?",
            "Question 4. Do those involved accept that help and commit to it?"),
        KaderQuestion.HulpResultaat => new(
            "Vraag 5. Leidt de hulp binnen de gewenste tijd tot de nodige resultaten voor de veiligheid en het herstel van iedereen?",
            "Question 5. Does the help lead, within the desired time, to the results needed for everyone's safety and recovery?"),
        _ => throw new ArgumentOutOfRangeException(nameof(question), question, null),
    };

    public static BilingualText Says(KaderNorm norm) => norm switch
    {
        KaderNorm.CloseAndRecord => new(
            "Het afwegingskader zegt: geen vermoeden, dan sluit je af en leg je dat vast in het dossier.",
            "The afwegingskader says: no suspicion, then you close and record that in the file."),
        KaderNorm.ReportUnsafety => new(
            "Het afwegingskader zegt: bij acute en/of structurele onveiligheid is melden bij Veilig Thuis de professionele norm. Vragen 3 tot 5 loop je dan samen met Veilig Thuis door.",
            "The afwegingskader says: with acute and/or structural unsafety, reporting to Veilig Thuis is the professional norm. You then go through questions 3 to 5 together with Veilig Thuis."),
        KaderNorm.ReportNoHelp => new(
            "Het afwegingskader zegt: kun je geen effectieve hulp bieden of organiseren, dan is melden bij Veilig Thuis de professionele norm.",
            "The afwegingskader says: if you cannot provide or organise effective help, reporting to Veilig Thuis is the professional norm."),
        KaderNorm.ReportHelpRefused => new(
            "Het afwegingskader zegt: aanvaarden de betrokkenen de hulp niet, dan is melden bij Veilig Thuis de professionele norm.",
            "The afwegingskader says: if those involved do not accept the help, reporting to Veilig Thuis is the professional norm."),
        KaderNorm.ReportHelpFails => new(
            "Het afwegingskader zegt: stopt de onveiligheid niet of komt ze terug, dan is (opnieuw) melden bij Veilig Thuis de professionele norm.",
            "The afwegingskader says: if the unsafety does not stop or comes back, reporting (again) to Veilig Thuis is the professional norm."),
        KaderNorm.CloseHelpWithAgreements => new(
            "Het afwegingskader zegt: werkt de hulp, rond haar dan af met afspraken over het volgen van de veiligheid.",
            "The afwegingskader says: if the help works, close it with agreements on following the safety."),
        _ => throw new ArgumentOutOfRangeException(nameof(norm), norm, null),
    };

    /// <summary>Always said with the kader's answer: the decision stays with the professional.</summary>
    public static BilingualText WhoToConsult { get; } = new(
        "Jij besluit. Overleg met je aandachtsfunctionaris of je duo-partner, of vraag Veilig Thuis om advies (0800-2000).",
        "You decide. Talk it over with your aandachtsfunctionaris or your duo partner, or ask Veilig Thuis for advice (0800-2000).");
}
