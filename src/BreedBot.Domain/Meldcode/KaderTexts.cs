using BreedBot.Domain.Pairing;

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
            "Vraag 5. Leidt de hulp binnen de gewenste tijd tot de nodige resultaten voor de veiligheid en/of het welzijn (herstel) van alle betrokkenen?",
            "Question 5. Does the help lead, within the desired time, to the results needed for the safety and/or well-being (recovery) of everyone involved?"),
        _ => throw new ArgumentOutOfRangeException(nameof(question), question, null),
    };

    /// <summary>
    /// What the kader says after an answer. Someone who works at Veilig Thuis (or the vrouwenopvang, which
    /// shares the choice) is not told that reporting to Veilig Thuis is their norm: reports come to them.
    /// </summary>
    public static BilingualText Says(KaderNorm norm, Beroepscluster? cluster) =>
        cluster == Beroepscluster.VeiligThuisOpvang && ForVeiligThuis(norm) is { } own ? own : Says(norm);

    private static BilingualText? ForVeiligThuis(KaderNorm norm) => norm switch
    {
        KaderNorm.ReportUnsafety => AtVeiligThuis(
            "Het afwegingskader zegt: bij acute en/of structurele onveiligheid hoort de zaak bij Veilig Thuis.",
            "The afwegingskader says: with acute and/or structural unsafety, the case belongs with Veilig Thuis."),
        KaderNorm.ReportNoHelp => AtVeiligThuis(
            "Het afwegingskader zegt: kan er geen effectieve hulp worden geboden of georganiseerd, dan hoort de zaak bij Veilig Thuis.",
            "The afwegingskader says: if no effective help can be provided or organised, the case belongs with Veilig Thuis."),
        KaderNorm.ReportHelpRefused => AtVeiligThuis(
            "Het afwegingskader zegt: aanvaarden de betrokkenen de hulp niet, dan hoort de zaak bij Veilig Thuis.",
            "The afwegingskader says: if those involved do not accept the help, the case belongs with Veilig Thuis."),
        KaderNorm.ReportHelpFails => AtVeiligThuis(
            "Het afwegingskader zegt: stopt de onveiligheid niet of komt ze terug, dan hoort de zaak (opnieuw) bij Veilig Thuis.",
            "The afwegingskader says: if the unsafety does not stop or comes back, the case belongs (again) with Veilig Thuis."),
        _ => null,
    };

    private static BilingualText AtVeiligThuis(string dutch, string english) => new(
        dutch + " Werk je bij Veilig Thuis, dan weeg je verder volgens jullie eigen werkwijze; werk je in de vrouwenopvang, dan meld je de zaak bij Veilig Thuis.",
        english + " If you work at Veilig Thuis, you weigh it further by your own way of working; if you work in a women's shelter, you report it to Veilig Thuis.");

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
            "Het afwegingskader zegt: werkt de hulp, rond haar dan af met afspraken over het volgen van de (on)veiligheid, met de betrokkenen en je samenwerkingspartners.",
            "The afwegingskader says: if the help works, close it with agreements on following the (un)safety, with those involved and your partners in the work."),
        _ => throw new ArgumentOutOfRangeException(nameof(norm), norm, null),
    };

    /// <summary>Always said with the kader's answer: the decision stays with the professional.</summary>
    public static BilingualText WhoToConsult { get; } = new(
        "Jij besluit. Overleg met je aandachtsfunctionaris of je duopartner, of vraag Veilig Thuis om advies (0800-2000).",
        "You decide. Talk it over with your aandachtsfunctionaris or your duo partner, or ask Veilig Thuis for advice (0800-2000).");
}
