using System.Globalization;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Pairing;

/// <summary>What BreedBot says about pairing, in Dutch and English. Counts only — never a name.</summary>
internal sealed record PairingTexts(
    string OnlyInTeamChannel,
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
        OnlyOwners: "Alleen eigenaren van dit team kunnen duo's koppelen. Vraag een eigenaar om '@BreedBot koppel duo's' te sturen.",
        RotationOnlyOwners: "Alleen eigenaren van dit team kunnen instellen hoe vaak de duo's opnieuw gekoppeld worden. Vraag het gerust aan een van hen.",
        AlreadyRunning: "De duo's worden op dit moment al gekoppeld. Iedereen krijgt zo een bericht.",
        NoOneYet: "Er doet nog niemand mee. Wie een uitnodiging kreeg, kan meedoen via die kaart of met 'doe mee' in een persoonlijk bericht.",
        TooFew: "Koppelen lukt pas vanaf twee deelnemers. Er doet nu één persoon mee; nodig collega's uit om mee te doen.",
        NoDuoYet: "Je hebt nog geen duo-partner. Zodra een eigenaar van je team de duo's koppelt, hoor je het van me.",
        NotPlacedThisRound: "Deze ronde kon ik je niet koppelen zonder je keuzes bij 'liever niet met' te breken. Die keuzes respecteer ik altijd; bij de volgende ronde probeer ik het opnieuw. Je kunt ze aanpassen met 'profiel'.",
        RotationHowTo: "Hoe vaak wil je de duo's opnieuw koppelen? Bijvoorbeeld '@BreedBot rotatie 8' (elke 4 tot 26 weken) of '@BreedBot rotatie nooit'.",
        English: false);

    private static readonly PairingTexts EnglishTexts = new(
        OnlyInTeamChannel: "Pair duos in the channel of a team that has BreedBot installed: '@BreedBot pair duos'.",
        OnlyOwners: "Only owners of this team can pair duos. Ask an owner to send '@BreedBot pair duos'.",
        RotationOnlyOwners: "Only owners of this team can set how often the duos are re-paired. Feel free to ask one of them.",
        AlreadyRunning: "The duos are being paired right now. Everyone will get a message shortly.",
        NoOneYet: "Nobody has joined yet. Whoever got an invitation can join through that card or with 'join' in a personal message.",
        TooFew: "Pairing needs at least two people. One person has joined so far; invite colleagues to join.",
        NoDuoYet: "You don't have a duo partner yet. As soon as an owner of your team pairs the duos, you'll hear from me.",
        NotPlacedThisRound: "This round I couldn't pair you without breaking your 'rather not with' choices. I always respect those; I'll try again next round. You can change them with 'profile'.",
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
        (_, true) => string.Create(CultureInfo.InvariantCulture, $"From now on the duos are re-paired by themselves every {weeks} weeks."),
    };

    public string Unsatisfiable(int unplaced, bool proven) => English
        ? string.Create(CultureInfo.InvariantCulture, $"{unplaced} participant(s) could not be paired without breaking 'rather not with' choices{(proven ? "" : " (a complete pairing might exist that I did not find)")}; they have been told personally.")
        : string.Create(CultureInfo.InvariantCulture, $"{unplaced} deelnemer(s) kon ik niet koppelen zonder keuzes bij 'liever niet met' te breken{(proven ? "" : " (misschien bestaat er wel een indeling die ik niet vond)")}; zij hebben persoonlijk bericht gehad.");
}
