using BreedBot.Web.Localization;

namespace BreedBot.Web.Meldcode;

/// <summary>The fixed words on the meldcode cards, Dutch and English side by side; the guide's content comes from the Domain.</summary>
internal sealed record MeldcodeTexts(
    string Title,
    string Intro,
    string StepHeading,
    string StepButton,
    string SourcesTitle,
    string QuestionsTitle,
    string KaderIntro,
    string KaderButton,
    string AllStepsButton,
    string KaderTitle,
    string Yes,
    string No,
    string YouAnswered,
    string BackToStep4,
    string KaderGoesOn,
    string Summary)
{
    private static readonly MeldcodeTexts Dutch = new(
        Title: "De meldcode in vijf stappen",
        Intro: "De meldcode is geen meldplicht: jij besluit, de stappen helpen je. Ze lopen in de praktijk door elkaar, en je kunt bij elke stap stoppen of opnieuw beginnen.",
        StepHeading: "Stap {0} · {1}",
        StepButton: "Vragen bij stap {0}",
        SourcesTitle: "Meer weten",
        QuestionsTitle: "Vragen voor jezelf",
        KaderIntro: "Vanaf stap 4 helpt het afwegingskader bij de twee beslismomenten van stap 5: vijf vragen, één voor één. Het zegt wat het kader bij je antwoord aangeeft; het besluit niet voor je.",
        KaderButton: "Afwegingskader",
        AllStepsButton: "Alle stappen",
        KaderTitle: "Afwegingskader",
        Yes: "Ja",
        No: "Nee",
        YouAnswered: "Je antwoord op vraag {0}: {1}.",
        BackToStep4: "Terug naar stap 4",
        KaderGoesOn: "Het afwegingskader gaat verder met de volgende vraag.",
        Summary: "BreedBot: de meldcode");

    private static readonly MeldcodeTexts English = new(
        Title: "The meldcode in five steps",
        Intro: "The meldcode is not a duty to report: you decide, the steps guide you. In practice they overlap, and you can stop or start again at any step.",
        StepHeading: "Step {0} · {1}",
        StepButton: "Questions for step {0}",
        SourcesTitle: "Learn more",
        QuestionsTitle: "Questions for yourself",
        KaderIntro: "From step 4 the afwegingskader helps with the two decisions of step 5: five questions, one at a time. It shows what the kader says about your answer; it does not decide for you.",
        KaderButton: "Afwegingskader",
        AllStepsButton: "All steps",
        KaderTitle: "Afwegingskader",
        Yes: "Yes",
        No: "No",
        YouAnswered: "Your answer to question {0}: {1}.",
        BackToStep4: "Back to step 4",
        KaderGoesOn: "The afwegingskader continues with the next question.",
        Summary: "BreedBot: the meldcode");

    public static MeldcodeTexts For(UserLanguage language) => language == UserLanguage.English ? English : Dutch;
}
