using System.Globalization;
using BreedBot.Web.Cards;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Pairing;

/// <summary>
/// What BreedBot says about pairing, Dutch and English side by side: to the channel counts only, never a name; to a
/// member their duo card, a swap, a partner who left.
/// </summary>
internal sealed partial record PairingTexts(
    string OnlyInTeamChannel,
    string RotationOnlyInTeamChannel,
    string OnlyOwners,
    string RotationOnlyOwners,
    string AlreadyRunning,
    string NoOneYet,
    string TooFew,
    string NoDuoYet,
    string NotPlacedThisRound,
    string RotationHowTo,
    bool English)
{
    private static readonly PairingTexts Dutch = new(
        OnlyInTeamChannel: "Duo's koppelen doe je in het kanaal van een team waarin BreedBot is geïnstalleerd: '@BreedBot koppel duo's'.",
        RotationOnlyInTeamChannel: "Hoe vaak de duo's opnieuw gekoppeld worden, stel je in in het kanaal van een team waarin BreedBot is geïnstalleerd: '@BreedBot rotatie 8'.",
        OnlyOwners: "Alleen eigenaren van dit team kunnen duo's koppelen. Vraag een eigenaar om '@BreedBot koppel duo's' te sturen.",
        RotationOnlyOwners: "Alleen eigenaren van dit team kunnen instellen hoe vaak de duo's opnieuw gekoppeld worden. Vraag het gerust aan een van hen.",
        AlreadyRunning: "De duo's worden op dit moment al gekoppeld. Iedereen krijgt zo een bericht.",
        NoOneYet: "Er doet nog niemand mee. Wie een uitnodiging kreeg, kan meedoen via die kaart of met 'doe mee' in een persoonlijk bericht.",
        TooFew: "Koppelen lukt pas vanaf twee deelnemers. Er doet nu één persoon mee; nodig collega's uit om mee te doen.",
        NoDuoYet: "Je hebt nog geen duopartner. Zodra een eigenaar van je team de duo's koppelt, hoor je het van me.",
        NotPlacedThisRound: "Deze rotatie kon ik je niet koppelen zonder je keuzes bij 'liever niet met' te breken. Die keuzes respecteer ik altijd; bij de volgende rotatie probeer ik het opnieuw. Je kunt ze aanpassen met 'profiel'.",
        RotationHowTo: "Hoe vaak wil je de duo's opnieuw koppelen? Bijvoorbeeld '@BreedBot rotatie 8' (elke 4 tot 26 weken) of '@BreedBot rotatie nooit'.",
        English: false);

    private static readonly PairingTexts EnglishTexts = new(
        OnlyInTeamChannel: "Pair duos in the channel of a team that has BreedBot installed: '@BreedBot pair duos'.",
        RotationOnlyInTeamChannel: "How often the duos are re-paired is set in the channel of a team that has BreedBot installed: '@BreedBot rotation 8'.",
        OnlyOwners: "Only owners of this team can pair duos. Ask an owner to send '@BreedBot pair duos'.",
        RotationOnlyOwners: "Only owners of this team can set how often the duos are re-paired. Feel free to ask one of them.",
        AlreadyRunning: "The duos are being paired right now. Everyone will get a message shortly.",
        NoOneYet: "Nobody has joined yet. Whoever got an invitation can join through that card or with 'join' in a personal message.",
        TooFew: "Pairing needs at least two people. One person has joined so far; invite colleagues to join.",
        NoDuoYet: "You don't have a duo partner yet. As soon as an owner of your team pairs the duos, you'll hear from me.",
        NotPlacedThisRound: "This rotation I couldn't pair you without breaking your 'rather not with' choices. I always respect those; I'll try again next rotation. You can change them with 'profile'.",
        RotationHowTo: "How often should the duos be re-paired? For example '@BreedBot rotation 8' (every 4 to 26 weeks) or '@BreedBot rotation never'.",
        English: true);

    public static PairingTexts For(UserLanguage language) => language == UserLanguage.English ? EnglishTexts : Dutch;

    public string Paired(int groups, int trios, int unplaced, bool proven)
    {
        var text = English
            ? string.Create(CultureInfo.InvariantCulture, $"Done: {groups} duos formed{(trios > 0 ? " (one of them a trio)" : "")}. Everyone has a personal message with their partner and weekly moment.")
            : string.Create(CultureInfo.InvariantCulture, $"Gelukt: {groups} duo's gevormd{(trios > 0 ? " (waarvan één trio)" : "")}. Iedereen heeft een persoonlijk bericht met de partner en het vaste moment.");
        return unplaced == 0 ? text : text + " " + Unsatisfiable(unplaced, proven);
    }

    public string RotationSet(int weeks) => (weeks, English) switch
    {
        (0, false) => "De duo's blijven voortaan zoals ze zijn, tot een eigenaar opnieuw koppelt.",
        (0, true) => "From now on the duos stay as they are until an owner pairs again.",
        (_, false) => string.Create(CultureInfo.InvariantCulture, $"De duo's worden voortaan elke {weeks} weken vanzelf opnieuw gekoppeld."),
        (_, true) => string.Create(CultureInfo.InvariantCulture, $"From now on the duos are re-paired automatically every {weeks} weeks."),
    };

    public string Unsatisfiable(int unplaced, bool proven) => English
        ? string.Create(CultureInfo.InvariantCulture, $"{CountTexts.Counted(unplaced, "participant", "participants")} could not be paired without breaking 'rather not with' choices{(proven ? "" : " (a complete pairing might exist that I did not find)")}; they have been told personally.")
        : string.Create(CultureInfo.InvariantCulture, $"{CountTexts.Counted(unplaced, "deelnemer", "deelnemers")} kon ik niet koppelen zonder keuzes bij 'liever niet met' te breken{(proven ? "" : " (misschien bestaat er wel een indeling die ik niet vond)")}; {CountTexts.Noun(unplaced, "die heeft", "zij hebben")} persoonlijk bericht gehad.");

    /// <summary>Content-free: no partner name on a lock screen.</summary>
    public string DuoSummary => English ? "BreedBot: your duo" : "BreedBot: je duo";

    public string Team(string? name) => string.IsNullOrWhiteSpace(name) ? (English ? "your team" : "je team") : name.Trim();

    public string DuoTitle(bool trio) => trio ? (English ? "Your trio partners" : "Je triopartners") : (English ? "Your duo partner" : "Je duopartner");

    public string DuoIntro(string team) => English
        ? $"For the coming weeks in {team} you share cases with:"
        : $"De komende weken deel je in {team} je casussen met:";

    /// <summary>The same word in both languages.</summary>
    public static string PartnerLabel => "Partner";

    public string MomentLabel => English ? "Weekly moment" : "Vast moment";

    public string Moment(string day, TimeOnly time) => English ? $"Every {day} at {time:HH\\:mm}" : $"Elke {day} om {time:HH\\:mm}";

    public string MomentNote(bool agreed) => agreed
        ? (English ? "This moment fits what you all chose." : "Dit moment past bij wat jullie allebei kozen.")
        : (English ? "Your preferences differ: this is a proposal. Agree on a moment that suits you both." : "Jullie voorkeuren verschillen: dit is een voorstel. Spreek samen een moment af dat jullie past.");

    public string DuoTip => English
        ? "Fifteen minutes a week is enough: bring a case, look back, or share what you learned."
        : "Een kwartier per week is genoeg: breng een casus in, kijk terug, of deel wat je leerde.";

    public string ChatTitle => English ? "Chat" : "Chatten";

    public string MeetingTitle => English ? "Plan the weekly call" : "Plan het vaste moment";

    /// <summary>The subject of the Teams meeting the duo card's link plans.</summary>
    public string MeetingSubject => English ? "Duo moment (BreedBot)" : "Duomoment (BreedBot)";

    /// <summary>To whoever's duo a swap changed; the card with the new partner comes on its own (the two may arrive in either order).</summary>
    public string DuoChangedBySwap => English
        ? "Your duo has been rearranged. Who you are with now is on the card you get from me."
        : "Je duo is opnieuw ingedeeld. Met wie je nu bent, zie je op de kaart die je van mij krijgt.";

    /// <summary>Neutral on purpose: no reason is given for someone leaving.</summary>
    public string PartnerLeft(string? name) => English
        ? $"{(string.IsNullOrWhiteSpace(name) ? "Your duo partner" : name)} no longer takes part in this team."
        : $"{(string.IsNullOrWhiteSpace(name) ? "Je duopartner" : name)} doet niet meer mee in dit team.";

    public string NoPartnerFree => English
        ? "There is no new partner free for you right now. You are paired again at the next rotation."
        : "Er is nu even geen nieuwe partner voor je vrij. Bij de volgende rotatie word je weer gekoppeld.";

    /// <summary>Who a card names instead of someone who erased their data.</summary>
    public string FormerParticipant => English ? "former participant" : "oud-deelnemer";

    /// <summary>A card of an earlier duo with someone who erased their data: its moment is not kept, so it says only this.</summary>
    public RenderedCard EarlierDuoWithFormer(string? team) => NoticeCard.Render(
        English ? UserLanguage.English : UserLanguage.Dutch,
        English ? "An earlier duo" : "Een eerder duo",
        English
            ? $"This was your duo in {Team(team)} with a former participant, who has since deleted their data."
            : $"Dit was je duo in {Team(team)} met een oud-deelnemer, die inmiddels de eigen gegevens heeft laten verwijderen.",
        English ? "Send 'my duo' to see your duo now." : "Stuur 'duo' om je duo van nu te zien.");

    public string DuosTitle => English ? "Duos" : "Duo's";

    public string CurrentDuo(string? team, int round, string partners) => English
        ? $"Your duo in {team} now (rotation {round}): with {partners}."
        : $"Je duo in {team} nu (rotatie {round}): met {partners}.";

    public string EarlierDuo(string? team, int round, string partners) => English
        ? $"Earlier in {team} (rotation {round}): with {partners}."
        : $"Eerder in {team} (rotatie {round}): met {partners}.";
}
