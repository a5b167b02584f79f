using BreedBot.Web.Localization;

namespace BreedBot.Web.Pairing;

/// <summary>
/// What the duo card and its answers say about meeting every two weeks, Dutch and English side by side: the line on the
/// card for each <see cref="DuoCardRhythm"/>, its button, and the notices to the partner(s).
/// </summary>
internal sealed class DuoRhythmTexts(bool en)
{
    public static DuoRhythmTexts For(UserLanguage language) => new(language == UserLanguage.English);

    public string Moment(string day, TimeOnly time) => en ? $"Every two weeks, {day} at {time:HH\\:mm}" : $"Om de week, {day} om {time:HH\\:mm}";

    public string Line(DuoCardRhythm rhythm, IReadOnlyList<string> chosenBy) => rhythm switch
    {
        DuoCardRhythm.Team => en ? "Your team meets every two weeks." : "Jullie team heeft om de week een duomoment.",
        DuoCardRhythm.Agreed => en
            ? "You agreed to meet every two weeks. Either of you can go back to every week."
            : "Jullie hebben afgesproken om de week. Ieder van jullie kan terug naar elke week.",
        DuoCardRhythm.ChosenByMe => en
            ? "You chose every two weeks. Once your partner chooses it too, you meet every two weeks; until then, every week."
            : "Je koos voor om de week. Kiest je partner dat ook, dan spreken jullie om de week af; tot dan blijft het elke week.",
        DuoCardRhythm.ChosenByPartner => en
            ? $"{Names(chosenBy)} would like to meet every two weeks. You too? Until you both choose it, it stays every week."
            : $"{Names(chosenBy)} wil graag om de week afspreken. Jij ook? Tot jullie het allebei kiezen, blijft het elke week.",
        _ => en
            ? "Every two weeks suits you better? It takes both of you to choose it."
            : "Past om de week jullie beter? Dat kan als jullie het allebei kiezen.",
    };

    public string? Button(DuoCardRhythm rhythm) => rhythm switch
    {
        DuoCardRhythm.EveryWeek => en ? "Every two weeks" : "Om de week",
        DuoCardRhythm.ChosenByPartner => en ? "Yes, every two weeks" : "Ja, om de week",
        DuoCardRhythm.ChosenByMe => en ? "Keep every week" : "Toch elke week",
        DuoCardRhythm.Agreed => en ? "Back to every week" : "Weer elke week",
        _ => null,
    };

    public string Asked(string partners) => en
        ? $"Asked: {partners} hears that you would like every two weeks. Until they choose it too, it stays every week."
        : $"Gevraagd: {partners} hoort dat je graag om de week wilt afspreken. Tot die het ook kiest, blijft het elke week.";

    public string AskedPartner(string who, string? team) => en
        ? $"{who} would like to meet every two weeks in {Team(team)}. Choose 'Yes, every two weeks' on this card if that suits you too; otherwise nothing changes."
        : $"{who} wil graag om de week afspreken in {Team(team)}. Past dat jou ook, kies dan 'Ja, om de week' op deze kaart; anders verandert er niets.";

    public string Agreed(string day, string date) => en
        ? $"Agreed: from now on every two weeks. Your next duo moment: {day} {date}."
        : $"Afgesproken: vanaf nu om de week. Jullie volgende duomoment: {day} {date}.";

    public string AgreedPartner(string who, string day, string date) => en
        ? $"{who} chose every two weeks too: from now on you meet every two weeks. Your next duo moment: {day} {date}."
        : $"{who} koos ook voor om de week: vanaf nu spreken jullie om de week af. Jullie volgende duomoment: {day} {date}.";

    public string BackToEveryWeek => en ? "Every week it is: your duo moment comes every week again." : "Elke week dus: jullie duomoment komt weer elke week.";

    public string BackToEveryWeekPartner(string who) => en
        ? $"{who} would rather meet every week: your duo moment comes every week again."
        : $"{who} spreekt liever elke week af: jullie duomoment komt weer elke week.";

    public string AlreadyChosen => en ? "Nothing changed: that was already your choice." : "Er veranderde niets: dat had je al gekozen.";

    public string TeamChose => en ? "Your team's owners already chose every two weeks for everyone." : "De eigenaren van je team kozen al voor om de week, voor iedereen.";

    public string NotYourDuo => en
        ? "This card is not for a duo you are in now (the duos may have changed). Type 'duo' to see your current duo."
        : "Deze kaart hoort niet bij een duo waar je nu in zit (de duo's zijn misschien veranderd). Typ 'duo' om je huidige duo te zien.";

    public string NoticeTitle => en ? "Your duo moment" : "Jullie duomoment";

    public string Names(IReadOnlyList<string> names) =>
        names.Count == 0 ? (en ? "Your partner" : "Je partner")
        : names.Count == 1 ? names[0]
        : string.Join(", ", names.Take(names.Count - 1)) + (en ? " and " : " en ") + names[^1];

    private string Team(string? name) => string.IsNullOrWhiteSpace(name) ? (en ? "your team" : "je team") : name.Trim();
}
