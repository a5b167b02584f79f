using BreedBot.Web.Localization;

namespace BreedBot.Web.Pairing;

/// <summary>
/// What BreedBot says about "wissel", Dutch and English side by side: the question that comes first (a swap is once per
/// rotation and cannot be undone), and the answers to its buttons.
/// </summary>
internal sealed class SwapTexts(bool en)
{
    public static SwapTexts For(UserLanguage language) => new(language == UserLanguage.English);

    /// <summary>Content-free: no team or partner on a lock screen.</summary>
    public string Summary => en ? "BreedBot: a different duo partner?" : "BreedBot: een andere duopartner?";

    public string QuestionTitle => en ? "A different duo partner?" : "Een andere duopartner?";

    public IReadOnlyList<string> QuestionLines(string team) => en
        ?
        [
            $"You'd get a different duo partner in {team} until the next rotation.",
            "You can swap once per rotation, and it can't be undone. Whoever gets a different duo because of it hears so from me privately, with no reason given.",
        ]
        :
        [
            $"Je krijgt dan in {team} een andere duopartner, tot de volgende rotatie.",
            "Wisselen kan één keer per rotatie en is niet terug te draaien. Wie daardoor een ander duo krijgt, hoort dat persoonlijk van me, zonder reden erbij.",
        ];

    public string Yes => en ? "Yes, swap" : "Ja, wissel";

    public string No => en ? "No, keep my duo" : "Nee, toch niet";

    /// <summary>The title of every answer that leaves the duo as it is.</summary>
    public string NotSwappedTitle => en ? "No swap" : "Niet gewisseld";

    public string Kept => en
        ? "Fine, your duo stays as it is. If you change your mind, send 'swap'."
        : "Prima, je duo blijft zoals het is. Wil je later toch wisselen, stuur dan 'wissel'.";

    public string Swapped => en ? "Done: you have a new partner." : "Gedaan: je hebt een nieuwe partner.";

    public string NoDuoToSwap => en ? "You don't have a duo to swap yet." : "Je hebt nog geen duo om te wisselen.";

    public string AlreadySwapped => en
        ? "You already swapped once this rotation. Next rotation you'll automatically be paired with someone else."
        : "Je hebt deze rotatie al een keer gewisseld. Bij de volgende rotatie krijg je vanzelf iemand anders.";

    /// <summary>For someone with a duo in several teams: which team the answer is about.</summary>
    public string AlreadySwappedIn(string team) => en
        ? $"In {team} you already swapped once this rotation. Next rotation you'll automatically be paired with someone else."
        : $"In {team} heb je deze rotatie al een keer gewisseld. Bij de volgende rotatie krijg je vanzelf iemand anders.";

    public string NoOtherArrangement => en
        ? "I can't find another arrangement right now that respects everyone's choices. Your duo stays as it is."
        : "Ik vind nu geen andere indeling die ieders keuzes respecteert. Je duo blijft zoals hij is.";

    public string EarlierRotation => en
        ? "This question belongs to an earlier pairing: the duos have been paired again since. Send 'my duo' to see your duo now, or 'swap' to ask again."
        : "Deze vraag hoort bij een eerdere indeling: de duo's zijn sindsdien opnieuw gekoppeld. Stuur 'duo' om je duo van nu te zien, of 'wissel' om het opnieuw te vragen.";

    public string DuoChangedSince => en
        ? "Your duo has changed since this question. Send 'my duo' to see who you're with now, and 'swap' if you'd still like to swap."
        : "Je duo is veranderd sinds deze vraag. Stuur 'duo' om te zien met wie je nu bent, en 'wissel' als je dan nog wilt wisselen.";

    public string NotYours => en
        ? "This question isn't about a duo of yours, so nothing has changed. Send 'swap' if you'd like a different partner yourself."
        : "Deze vraag gaat niet over een duo van jou, dus er is niets veranderd. Stuur 'wissel' als je zelf een andere partner wilt.";
}
