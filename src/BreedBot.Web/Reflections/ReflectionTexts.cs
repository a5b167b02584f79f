using System.Globalization;
using BreedBot.Domain.Courage;
using BreedBot.Domain.Reflections;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Reflections;

/// <summary>
/// Every word of the reflection flow, Dutch and English side by side: its cards, its answers and what "mijn gegevens"
/// says of a reflection. The answers' words are in <c>ReflectionTexts.Choices.cs</c>, the inputs' questions and problems
/// in <c>ReflectionTexts.Fields.cs</c>.
/// </summary>
internal sealed partial class ReflectionTexts(bool en)
{
    public static ReflectionTexts For(UserLanguage language) => new(language == UserLanguage.English);

    public bool English => en;

    /// <summary>Content-free: never a label or an answer.</summary>
    public string Summary => en ? "BreedBot: reflection" : "BreedBot: reflectie";

    /// <summary>The shared reflection's preview: no name, no label.</summary>
    public string SharedSummary => en ? "BreedBot: your duo partner shared a reflection" : "BreedBot: je duopartner deelt een reflectie";

    /// <summary>
    /// The numbers after "acute unsafety: ja", and after "weet ik niet" too: in doubt the meldcode asks the same —
    /// ask Veilig Thuis for advice.
    /// </summary>
    public string SafetyIntro(bool doubt) => doubt
        ? (en ? "You're not sure whether there is acute unsafety. Safety comes first:" : "Je weet niet zeker of er acute onveiligheid is. Veiligheid gaat voor:")
        : (en ? "You estimate there is acute unsafety. Safety comes first:" : "Je schat in dat er acute onveiligheid is. Veiligheid gaat voor:");

    /// <summary>The meldcode's rule when unsure.</summary>
    public string InDoubt => en ? "In doubt: ask Veilig Thuis for advice. That can be anonymous." : "Bij twijfel: vraag Veilig Thuis om advies. Dat kan anoniem.";

    /// <summary>"Eergerelateerd geweld: een gesprek met de cliënt kan het gevaar dan vergroten …" — empty for other forms.</summary>
    public string ExpertBeforeTalking(Reflection r) =>
        r.Casus?.Form is { } form && form.NeedsExpertBeforeTalking()
            ? $"{Of(form, en)}: {Domain.Meldcode.MeldcodeGuide.ExpertBeforeTalking.In(en)}"
            : "";

    public string StepTitle(ReflectionStep step) => step switch
    {
        ReflectionStep.Casus => en ? "The case" : "De casus",
        ReflectionStep.Discomfort => en ? "Your discomfort" : "Je ongemak",
        ReflectionStep.Effect => en ? "What it does to your acting" : "Wat het met je handelen doet",
        ReflectionStep.Goal => en ? "What matters more" : "Wat belangrijker is",
        ReflectionStep.Factors => en ? "What helps, what hinders" : "Wat helpt, wat belemmert",
        ReflectionStep.Meldcode => en ? "The meldcode" : "De meldcode",
        ReflectionStep.NextStep => en ? "Your next courageous step" : "Je volgende moedige stap",
        ReflectionStep.Share => en ? "Share or keep private" : "Delen of voor jezelf",
        _ => en ? "Done" : "Klaar",
    };

    public string StepIntro(ReflectionStep step, IReadOnlyList<string> partners) => step switch
    {
        ReflectionStep.Casus => en
            ? "Take a moment, away from the rush of the day. Give the case a neutral label; BreedBot never needs to know who it is about."
            : "Neem even de tijd, buiten de waan van de dag. Geef de casus een neutraal label; BreedBot hoeft nooit te weten over wie het gaat.",
        ReflectionStep.Discomfort => en
            ? "Courage means acting while you feel discomfort. Naming it is the first step."
            : "Moed is handelen terwijl je ongemak voelt. Het benoemen is de eerste stap.",
        ReflectionStep.Effect => en
            ? "Do you intervene, or do you sit on your hands? Be honest; only you see this."
            : "Grijp je in, of ga je op je handen zitten? Wees eerlijk; alleen jij ziet dit.",
        ReflectionStep.Goal => en
            ? "You can feel the fear and still decide that a higher goal matters more."
            : "Je kunt de angst voelen en toch besluiten dat een hoger doel zwaarder weegt.",
        ReflectionStep.Factors => en ? "Choose from both lists what applies here." : "Kies uit beide lijsten wat hier speelt.",
        ReflectionStep.Meldcode => en
            ? "The meldcode guides you; it is not a duty to report. BreedBot does not judge the unsafety: you do, with your colleagues."
            : "De meldcode is je leidraad, geen meldplicht. BreedBot beoordeelt de onveiligheid niet: dat doe jij, samen met collega's.",
        ReflectionStep.NextStep => en
            ? "What is one concrete step you will take? On that date BreedBot asks how it went."
            : "Wat is één concrete stap die je gaat zetten? Op die datum vraagt BreedBot hoe het ging.",
        ReflectionStep.Share => partners.Count > 0
            ? (en ? $"If you share, only your duo partner ({string.Join(", ", partners)}) sees your answers and can respond." : $"Als je deelt, ziet alleen je duopartner ({string.Join(", ", partners)}) je antwoorden en kan reageren.")
            : (en ? "You have no duo partner right now, so this reflection stays with you." : "Je hebt nu geen duopartner, dus deze reflectie blijft bij jou."),
        _ => "",
    };

    /// <summary>"maandag 22 februari 2027" / "Monday 22 February 2027".</summary>
    public string Date(DateOnly date) => date.ToString("dddd d MMMM yyyy", DateTexts.Culture(en ? UserLanguage.English : UserLanguage.Dutch));

    /// <summary>"22-2-2027", the same in both languages.</summary>
    public static string ShortDate(DateOnly date) => date.ToString("d-M-yyyy", CultureInfo.InvariantCulture);

    public string NoNames => en ? "No names or other details that identify anyone." : "Geen namen of andere gegevens waaraan iemand te herkennen is.";

    public string StepPrivacy => en
        ? "No names or other details that identify anyone. BreedBot keeps your reflection process, not the case."
        : "Geen namen of andere gegevens waaraan iemand te herkennen is. BreedBot bewaart je reflectie, niet de casus.";

    public string StepCardTitle(string? label) => label is { } l ? (en ? $"Reflection: {l}" : $"Reflectie: {l}") : (en ? "A new reflection" : "Een nieuwe reflectie");

    public string Progress(int step, ReflectionStep at) => en ? $"Step {step} of 8 · {StepTitle(at)}" : $"Stap {step} van 8 · {StepTitle(at)}";

    public string NextButton(bool last) => last ? (en ? "Finish" : "Afronden") : (en ? "Next" : "Volgende");

    public string BackButton => en ? "Back" : "Vorige";

    public string LaterButton => en ? "Continue later" : "Later verder";

    public string MeldcodeGuideTitle(int number, string title) => en
        ? $"You are at meldcode step {number} · {title}. Questions for yourself:"
        : $"Je bent bij meldcode stap {number} · {title}. Vragen voor jezelf:";

    public string ListTitle => en ? "Your open reflections" : "Je open reflecties";

    public string ListIntro => en ? "Continue where you stopped, or start a new one." : "Ga verder waar je gebleven was, of begin een nieuwe.";

    public string Expiry => en ? "An unfinished reflection is deleted 14 days after you started it." : "Een onafgemaakte reflectie wordt 14 dagen na de start verwijderd.";

    public string NewButton => en ? "New reflection" : "Nieuwe reflectie";

    public string NoLabelYet => en ? "(no label yet)" : "(nog geen label)";

    public string OpenDetail(int step, string started, string until) => en
        ? $"Step {step} of 8 · started {started} · kept until {until}"
        : $"Stap {step} van 8 · gestart {started} · bewaard tot {until}";

    public string ContinueButton => en ? "Continue" : "Verder";

    public string DoneTitle(string? label) => en ? $"Reflection done: {label}" : $"Reflectie klaar: {label}";

    public string DoneIntro => en ? "Well done for taking the time. Your answers:" : "Goed dat je de tijd nam. Je antwoorden:";

    public string DossierHeading => en ? "For the client file (copy it; BreedBot is not a file):" : "Voor het dossier (kopieer het; BreedBot is geen dossier):";

    public string FollowUpOn(string date) => en ? $"On {date} BreedBot asks how your step went." : $"Op {date} vraagt BreedBot hoe je stap ging.";

    public string SharedWith(string names) => en ? $"Shared with your duo partner {names}: only the two of you see it." : $"Gedeeld met je duopartner {names}: alleen jullie tweeën zien het.";

    public string OnlyYou => en ? "Only you see this reflection." : "Alleen jij ziet deze reflectie.";

    public string VeiligThuisMarked => en ? "You marked that you called Veilig Thuis or made a report." : "Je gaf aan dat je Veilig Thuis hebt gebeld of een melding hebt gedaan.";

    public string UnsureOfUnsafety => en
        ? "You're not sure whether there is acute or structural unsafety. In direct danger: call 112. " + InDoubt
        : "Je weet niet zeker of er acute of structurele onveiligheid is. Bij direct gevaar: bel 112. " + InDoubt;

    public string UnsafetyNamed => en
        ? "You named acute or structural unsafety. The afwegingskader says: then reporting to Veilig Thuis is the professional norm. Consult Veilig Thuis (0800-2000) or your aandachtsfunctionaris."
        : "Je noemde acute of structurele onveiligheid. Het afwegingskader zegt: dan is melden bij Veilig Thuis de professionele norm. Overleg met Veilig Thuis (0800-2000) of je aandachtsfunctionaris.";

    public string VeiligThuisButton => en ? "Called Veilig Thuis / report made" : "Veilig Thuis gebeld / melding gedaan";

    public string NudgeTitle(string? label) => en ? $"A reminder about {label}" : $"Even een herinnering: {label}";

    public string NudgeUnsure => en
        ? "You weren't sure in this reflection whether there is acute or structural unsafety. The meldcode says: " + InDoubt
        : "Je wist in deze reflectie niet zeker of er acute of structurele onveiligheid is. De meldcode zegt: " + InDoubt;

    public string NudgeNamed => en
        ? "You named acute or structural unsafety in this reflection. The afwegingskader says: then reporting to Veilig Thuis is the professional norm, and Veilig Thuis goes through the next questions with you."
        : "Je noemde in deze reflectie acute of structurele onveiligheid. Het afwegingskader zegt: dan is melden bij Veilig Thuis de professionele norm, en Veilig Thuis loopt de volgende vragen met je door.";

    public string NudgeYouDecide => en
        ? "You decide, not BreedBot. Did you already call Veilig Thuis or make a report? Then mark it below and this reminder will not come back."
        : "Jij beslist, niet BreedBot. Heb je Veilig Thuis al gebeld of een melding gedaan? Geef het hieronder aan; deze herinnering komt dan niet terug.";

    public string FollowUpTitle(string? label) => en ? $"How did it go? {label ?? FromDuoMoment}" : $"Hoe ging het? {label ?? FromDuoMoment}";

    public string YourStep(string what, StepPartner with, DateOnly by) => en
        ? $"Your step: {what} ({WithWhom(with, en)}, by {ShortDate(by)}). Not yet is fine too: courage grows step by step."
        : $"Je stap: {what} ({WithWhom(with, en)}, uiterlijk {ShortDate(by)}). Nog niet mag ook: moed groeit stap voor stap.";

    public string BringToDuo => en ? "Bring it to my next duo moment" : "Bespreken in mijn volgende duomoment";

    public string NewStepHeading => en ? "A next step?" : "Een volgende stap?";

    public string Send => en ? "Send" : "Versturen";

    public string PartnerFallback => en ? "Your duo partner" : "Je duopartner";

    public string SharedTitle(string who, string? label) => en ? $"{who} shares a reflection: {label}" : $"{who} deelt een reflectie: {label}";

    public string SharedIntro => en
        ? "Only the two of you see this. Maak het breed: a short word of support or a question helps."
        : "Alleen jullie tweeën zien dit. Maak het breed: een kort woord van steun of een vraag helpt.";

    public string YourResponse => en ? "Your response:" : "Je reactie:";

    public string SendResponse => en ? "Send response" : "Reactie sturen";

    /// <summary>What a card about an erased or expired reflection says instead: nothing of it, not even its label.</summary>
    public string RetractedTitle => en ? "This reflection has been deleted" : "Deze reflectie is verwijderd";

    public string RetractedLine => en
        ? "Its author deleted it, or its retention period ended. Nothing of it is kept in BreedBot any more."
        : "De schrijver heeft haar verwijderd, of de bewaartermijn is voorbij. Er staat niets meer van in BreedBot.";

    public string PartnerResponded(string who, string? label) => en ? $"{who} responded to your reflection '{label}'" : $"{who} reageerde op je reflectie '{label}'";

    public string ContactedTitle => en ? "Noted: Veilig Thuis contacted" : "Genoteerd: Veilig Thuis gebeld";

    public string ContactedLine => en ? "Good that you did. BreedBot will not remind you about it again." : "Goed dat je dat gedaan hebt. BreedBot herinnert je er niet meer aan.";

    public string AlreadyAnsweredTitle => en ? "Already answered" : "Al beantwoord";

    public string AlreadyAnswered => en ? "This follow-up was already answered; nothing was changed." : "Deze vraag was al beantwoord; er is niets veranderd.";

    public string FollowUpAnsweredTitle(StepOutcome outcome) => outcome switch
    {
        StepOutcome.Ja => en ? "You took the step. That took courage." : "Je hebt de stap gezet. Dat vroeg moed.",
        StepOutcome.Deels => en ? "Partly is a step too." : "Deels is ook een stap.",
        _ => en ? "Not yet — that's okay." : "Nog niet — dat is oké.",
    };

    public string NotYetIsOkay => en
        ? "Sometimes the moment isn't there yet, or the discomfort is bigger than expected. Maak het breed: you don't have to carry this alone."
        : "Soms is het moment er nog niet, of is het ongemak groter dan gedacht. Maak het breed: je hoeft dit niet alleen te dragen.";

    public string ThanksForTelling => en ? "Thank you for letting me know." : "Dank je dat je het laat weten.";

    /// <summary>The offer after "ja, gedaan": once, never pressed on; the story is the teller's own words.</summary>
    public string ShareMomentOffer => en
        ? "Would you like to share this moment with your team, anonymously? You write it yourself, in a few sentences; it appears without your name in the next weekly summary."
        : "Wil je dit moment anoniem delen met je team? Je schrijft het zelf, in een paar zinnen; het staat zonder naam in het volgende weekoverzicht.";

    public string ShareMomentButton => en ? "Share it anonymously" : "Deel het anoniem";

    public string BringItToYourDuo => en ? "Bring it to your next duo moment; your partner can think along." : "Neem het mee naar je volgende duomoment; je partner kan meedenken.";

    public string AsksAgainOn(string date) => en ? $"On {date} BreedBot asks again how it went." : $"Op {date} vraagt BreedBot opnieuw hoe het ging.";

    public string ReflectWhenNeeded => en ? "Send 'reflection' whenever a case asks for it." : "Stuur 'reflectie' wanneer een casus erom vraagt.";

    public string ManyOpenTitle => en ? "You have many open reflections" : "Je hebt veel open reflecties";

    public string ManyOpen(int count) => en
        ? $"Finish one of your {count} open reflections first; send 'reflection' to see them."
        : $"Maak eerst een van je {count} open reflecties af; stuur 'reflectie' om ze te zien.";

    public string InANewMessage => en ? "Your reflection is in a new message below." : "Je reflectie staat in een nieuw bericht hieronder.";

    public string SavedForLaterTitle => en ? "Saved: continue later" : "Bewaard: later verder";

    public string SavedAnswersKept => en
        ? "What you filled in on this step will be there again when you continue."
        : "Wat je op deze stap invulde, staat er weer als je verdergaat.";

    public string SavedExceptRefused => en
        ? "The rest of this step is saved for later. The text below is not: change it and choose 'Continue later' again, or carry on."
        : "De rest van deze stap is bewaard voor later. De tekst hieronder niet: pas hem aan en kies opnieuw 'Later verder', of ga gewoon verder.";

    /// <summary>In "mijn gegevens": what was kept at "later verder".</summary>
    public string KeptForLater(int step) => en ? $"  Kept at 'Continue later' (step {step}):" : $"  Bewaard bij 'Later verder' (stap {step}):";

    public string SavedForLater(string until) => en
        ? $"Send 'reflection' when you want to continue; it is kept until {until}."
        : $"Stuur 'reflectie' als je verder wilt; hij blijft bewaard tot {until}.";

    public string NotFound => en
        ? "I can't find that reflection for you. Send 'reflection' to see your own."
        : "Die reflectie kan ik voor jou niet vinden. Stuur 'reflectie' om je eigen reflecties te zien.";

    public string ExpiredTitle => en ? "This reflection has expired" : "Deze reflectie is verlopen";

    public string Expired => en
        ? "Unfinished reflections are deleted after 14 days. Send 'reflection' to start a new one."
        : "Onafgemaakte reflecties worden na 14 dagen verwijderd. Stuur 'reflectie' om een nieuwe te beginnen.";

    public string Refusal(ReflectionOutcomeKind kind, ReflectionStep current) => kind switch
    {
        ReflectionOutcomeKind.AlreadyDone => en
            ? $"That step was already done; nothing was changed. You are at step {(int)current}."
            : $"Die stap was al verwerkt; er is niets veranderd. Je bent bij stap {(int)current}.",
        _ => en
            ? $"That card belongs to another step; nothing was changed. You are at step {(int)current}."
            : $"Die kaart hoort bij een andere stap; er is niets veranderd. Je bent bij stap {(int)current}.",
    };
}
