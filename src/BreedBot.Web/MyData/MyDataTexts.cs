using System.Globalization;
using BreedBot.Web.Localization;

namespace BreedBot.Web.MyData;

/// <summary>Every word of "mijn gegevens" and "verwijder mijn gegevens", Dutch and English side by side.</summary>
internal sealed record MyDataTexts(bool En)
{
    public static MyDataTexts For(UserLanguage language) => new(language == UserLanguage.English);

    /// <summary>Content-free: a lock screen shows only that BreedBot answered.</summary>
    public string CardSummary => En ? "BreedBot: your data" : "BreedBot: je gegevens";

    public string Title => En ? "What BreedBot keeps about you" : "Wat BreedBot over je bewaart";

    public string Intro(bool any) => any
        ? (En ? "Per kind: how many, and the latest date." : "Per soort: hoeveel, en de laatste datum.")
        : (En ? "BreedBot keeps nothing about you." : "BreedBot bewaart niets over je.");

    public string Latest => En ? "latest" : "laatst";

    public string Footer => En
        ? "BreedBot does not keep what you type in this chat, only your answers on its cards. Counts already shown in team summaries contain no names."
        : "Wat je in deze chat typt, bewaart BreedBot niet, alleen je antwoorden op de kaarten. Aantallen in teamoverzichten bevatten geen namen.";

    public string ExportButton => En ? "Send me everything" : "Stuur me alles";

    public string DeleteButton => En ? "Delete everything…" : "Alles verwijderen…";

    /// <summary>"Je gegevens" alone, "Je gegevens (2 van 3)" when the export takes several messages.</summary>
    public string ExportPage(int page, int pages) => (pages == 1, En) switch
    {
        (true, false) => "Je gegevens",
        (true, true) => "Your data",
        (false, false) => string.Create(CultureInfo.InvariantCulture, $"Je gegevens ({page} van {pages})"),
        (false, true) => string.Create(CultureInfo.InvariantCulture, $"Your data ({page} of {pages})"),
    };

    /// <summary>Where the export went, in words that count right: one message, three messages, or nothing to send.</summary>
    public string ExportSent(int pages) => (pages, En) switch
    {
        (0, false) => "Er is niets over je bewaard, dus er is niets verstuurd.",
        (0, true) => "Nothing about you is kept, so nothing was sent.",
        (1, false) => "Hieronder verstuurd in 1 bericht.",
        (1, true) => "Sent below in 1 message.",
        (_, false) => string.Create(CultureInfo.InvariantCulture, $"Hieronder verstuurd in {pages} berichten."),
        (_, true) => string.Create(CultureInfo.InvariantCulture, $"Sent below in {pages} messages."),
    };

    public string DeleteQuestion => En ? "Delete all your data?" : "Al je gegevens verwijderen?";

    public string DeleteExplained => En
        ? "Everything BreedBot keeps about you is deleted: your answers, your reflections (open and finished, with their follow-ups), your courage stories that are still waiting, your place in every team's duos, and the address of this chat. Your duo partner is told that you no longer take part and gets a new partner. Counts already shown in past summaries stay, without your name."
        : "Alles wat BreedBot over je bewaart wordt verwijderd: je antwoorden, je reflecties (open en klaar, met hun vervolgvragen), je moedige momenten die nog wachten, je plek in de duo's van elk team en het adres van deze chat. Je duopartner hoort dat je niet meer meedoet en krijgt een nieuwe partner. Aantallen die al in eerdere overzichten stonden, blijven — zonder je naam.";

    public string DeleteButtonConfirm => En ? "Delete everything" : "Alles verwijderen";

    public string KeepButton => En ? "Keep it" : "Niet verwijderen";

    public string KeptTitle => En ? "Nothing was deleted" : "Er is niets verwijderd";

    public string Kept => En ? "Your data stays as it was." : "Je gegevens blijven zoals ze waren.";

    public string DeletedTitle => En ? "Your data has been deleted" : "Je gegevens zijn verwijderd";

    public string Deleted => En
        ? "BreedBot no longer keeps anything about you. Send 'join' if you ever want to take part again."
        : "BreedBot bewaart niets meer over je. Stuur 'doe mee' als je ooit weer wilt meedoen.";

    /// <summary>"Mijn gegevens": the delivery records of messages BreedBot sent the person.</summary>
    public string DeliveriesHeading => En ? "Messages delivered" : "Bezorgde berichten";

    public string Deliveries(int count) => En
        ? $"For {count} messages BreedBot sent you: whether they arrived (not what they said)."
        : $"Van {count} berichten die BreedBot je stuurde: of ze zijn aangekomen (niet wat erin stond).";
}
