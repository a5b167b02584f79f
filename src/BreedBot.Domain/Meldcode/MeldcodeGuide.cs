
namespace BreedBot.Domain.Meldcode;

/// <summary>
/// The five steps of the meldcode (Rijksoverheid basismodel; domain brief §2), in our own words.
/// The meldcode is no duty to report: the professional decides, the steps guide. Steps may
/// overlap, and you can stop or start again at any step.
/// </summary>
public static class MeldcodeGuide
{
    public static IReadOnlyList<MeldcodeStepGuide> Steps { get; } =
    [
        new(MeldcodeStep.Signals,
            new("Signalen in kaart brengen", "Map the signals"),
            new("Breng de signalen in kaart, ook wat ze tegenspreekt, en leg ze vast in het cliëntdossier. Bij acuut gevaar handel je meteen.",
                "Map the signals, including what contradicts them, and record them in the client file. In acute danger, act at once."),
            [
                new("Heb ik de signalen vastgelegd in het dossier, met wat ze tegenspreekt?", "Have I recorded the signals in the file, with what contradicts them?"),
                new("Kindcheck: zorgt de cliënt voor kinderen, en hoe oud zijn ze?", "Child check: does the client care for children, and how old are they?"),
                new("Is er nu acuut gevaar? Dan eerst handelen, vóór stap 2.", "Is there acute danger now? Then act first, before step 2."),
            ]),
        new(MeldcodeStep.Consultation,
            new("Collegiale consultatie", "Consult a colleague"),
            new("Bespreek de signalen met een deskundige collega of de aandachtsfunctionaris, en zo nodig met Veilig Thuis (advies kan anoniem).",
                "Discuss the signals with a knowledgeable colleague or the aandachtsfunctionaris, and if needed with Veilig Thuis (advice can be anonymous)."),
            [
                new("Heb ik de casus besproken met mijn duopartner of een andere deskundige collega?", "Have I discussed the case with my duo partner or another knowledgeable colleague?"),
                new("Heb ik de aandachtsfunctionaris geraadpleegd?", "Have I consulted the aandachtsfunctionaris?"),
                new("Heb ik Veilig Thuis om advies gevraagd (0800-2000, kan anoniem)?", "Have I asked Veilig Thuis for advice (0800-2000, can be anonymous)?"),
                new("Is een deskundige op letselduiding nodig?", "Is an expert in injury interpretation needed?"),
            ]),
        new(MeldcodeStep.ClientConversation,
            new("Gesprek met de cliënt", "Talk with the client"),
            new("Bespreek de signalen met de cliënt (of ouders, kind): feiten, zonder oordeel, eventueel samen met een collega.",
                "Discuss the signals with the client (or parents, child): facts, without judgement, possibly with a colleague."),
            [
                new("Is een gesprek veilig voor de cliënt, de kinderen, mij en anderen? Zo niet: uitstellen of overslaan.", "Is a conversation safe for the client, the children, me and others? If not: delay or skip it."),
                new("Zou de cliënt door het gesprek het contact met mij verbreken? Ook dan mag ik het overslaan.", "Would the client break off contact with me because of the conversation? Then I may skip it too."),
                new("Gaat het om eergerelateerd geweld, huwelijksdwang of achterlating, vrouwelijke genitale verminking (VGV), dwingende controle of seksueel geweld? Raadpleeg dan eerst een deskundige.",
                    "Is it honour-related violence, forced marriage or abandonment abroad, female genital mutilation (FGM), coercive control or sexual violence? Then consult an expert first."),
                new("Wil ik het gesprek samen met een collega voeren?", "Do I want to hold the conversation together with a colleague?"),
            ]),
        new(MeldcodeStep.Weighing,
            new("Wegen", "Weigh"),
            new("Weeg het risico, de aard en de ernst van het geweld met het afwegingskader (en een risicotaxatie-instrument als je organisatie dat heeft). Bij twijfel: vraag Veilig Thuis.",
                "Weigh the risk, nature and severity of the violence with the afwegingskader (and a risk assessment tool if your organisation has one). In doubt: ask Veilig Thuis."),
            [
                new("Heb ik een vermoeden van (dreiging van) huiselijk geweld of kindermishandeling?", "Do I suspect (a threat of) domestic violence or child abuse?"),
                new("Is er acute of structurele onveiligheid?", "Is there acute or structural unsafety?"),
            ]),
        new(MeldcodeStep.Deciding,
            new("Beslissen", "Decide"),
            new("Twee beslismomenten, in deze volgorde: 'Is melden noodzakelijk?' en 'Is hulpverlening (ook) mogelijk?' Melden en helpen sluiten elkaar niet uit.",
                "Two decision moments, in this order: 'Is a report necessary?' and 'Is providing help (also) possible?' Reporting and helping go together."),
            [
                new("Is melden bij Veilig Thuis noodzakelijk?", "Is a report to Veilig Thuis necessary?"),
                new("Kan ik (ook) hulp bieden of organiseren die het geweld stopt?", "Can I (also) provide or organise help that stops the violence?"),
                new("Wie volgt de veiligheid, en wat spreek ik daarover af (bij een melding: met Veilig Thuis)?", "Who follows the safety, and what do I agree on it (after a report: with Veilig Thuis)?"),
            ]),
    ];

    /// <summary>
    /// For honour-related violence, forced marriage, FGM, coercive control and sexual violence (<see cref="Reflections.ViolenceForms.NeedsExpertBeforeTalking"/>):
    /// talking with the client can put them, or others, in more danger.
    /// </summary>
    public static BilingualText ExpertBeforeTalking { get; } = new(
        "Een gesprek met de cliënt kan het gevaar dan vergroten. Raadpleeg vóór elk gesprek eerst een deskundige — Veilig Thuis of je aandachtsfunctionaris — en voer het nooit alleen.",
        "A conversation with the client can then raise the danger. Before any conversation, consult an expert first — Veilig Thuis or your aandachtsfunctionaris — and never hold it alone.");

    public static MeldcodeStepGuide For(MeldcodeStep step) =>
        Steps.FirstOrDefault(s => s.Step == step) ?? throw new ArgumentOutOfRangeException(nameof(step), step, "not a meldcode step");

    /// <summary>Step number 1–5 from card data; null for anything else.</summary>
    public static MeldcodeStep? StepOf(int number) =>
        number is >= (int)MeldcodeStep.Signals and <= (int)MeldcodeStep.Deciding ? (MeldcodeStep)number : null;
}
