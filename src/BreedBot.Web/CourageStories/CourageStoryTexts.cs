using System.Globalization;
using BreedBot.Domain.CourageStories;
using BreedBot.Domain.Teams;
using BreedBot.Web.Cards;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;

namespace BreedBot.Web.CourageStories;

/// <summary>Every word of "deel een moedig moment": its cards, its answers and the stories as personal data, Dutch and English side by side.</summary>
internal static class CourageStoryTexts
{
    /// <summary>Content-free: never the story.</summary>
    public static string Summary(UserLanguage language) =>
        language == UserLanguage.English ? "BreedBot: brave moment" : "BreedBot: moedig moment";

    public static string TeamName(string? name, bool en) => string.IsNullOrWhiteSpace(name) ? (en ? "your team" : "je team") : name;

    public static string FormTitle(bool en) => en ? "Share a brave moment" : "Deel een moedig moment";

    public static string Waiting(string? teamName, bool en) =>
        en ? $"Waiting for the weekly summary of {TeamName(teamName, en)}" : $"Wacht op het weekoverzicht van {TeamName(teamName, en)}";

    public static string WithdrawButton(bool en) => en ? "Withdraw" : "Intrekken";

    public static string TeamLabel(bool en) => en ? "For which team's summary?" : "Voor het overzicht van welk team?";

    public static string TeamError(bool en) => en ? "Choose a team." : "Kies een team.";

    public static string StoryLabel(bool en) =>
        en ? $"Your brave moment (at most {CourageStoryText.MaxLength} characters)" : $"Jouw moedige moment (hoogstens {CourageStoryText.MaxLength} tekens)";

    public static string Placeholder(bool en) => en
        ? "For example: I said out loud that I was worried, and we called Veilig Thuis together."
        : "Bijvoorbeeld: ik sprak mijn twijfel uit in het overleg, en we belden samen Veilig Thuis.";

    public static string PreviewButton(bool en) => en ? "Show how it will appear" : "Laat zien hoe het verschijnt";

    public static string NotInATeam(bool en) => en
        ? "A brave moment appears in the weekly summary of a team you take part in. You are not in a team with BreedBot yet; send 'join' to take part."
        : "Een moedig moment verschijnt in het weekoverzicht van een team waarin je meedoet. Je doet nog niet mee in een team met BreedBot; stuur 'doe mee' om mee te doen.";

    public static IEnumerable<string> HowToWrite(bool en) =>
    [
        en
            ? "Tell your team briefly about a moment when you did something brave: voicing a doubt, starting a hard conversation, asking for help. It appears once, without your name, in the team's next weekly summary."
            : "Vertel je team kort over een moment waarop je iets moedigs deed: een twijfel uitspreken, een lastig gesprek aangaan, hulp vragen. Het verschijnt één keer, zonder je naam, in het volgende weekoverzicht van het team.",
        en
            ? "Leave out names and anything else that could identify a client or colleague. You see the exact text before it is saved."
            : "Laat namen weg en alles waaraan een cliënt of collega te herkennen is. Je ziet de precieze tekst voordat hij bewaard wordt.",
    ];

    public static string OnePerTeam(bool en) => en
        ? "One brave moment of yours waits per team. Withdraw it to share another."
        : "Per team wacht er één moedig moment van jou. Trek het in om een ander te delen.";

    public static string PreviewTitle(bool en) => en ? "This is how it will appear" : "Zo komt het in het overzicht";

    public static string PreviewIntro(string team, bool en) => en
        ? $"Exactly this text appears in the next weekly summary of {team}, without your name."
        : $"Precies deze tekst komt in het volgende weekoverzicht van {team}, zonder je naam.";

    public static string PreviewNote(bool en) => en
        ? "Until the summary is posted you can withdraw it: send 'share a brave moment'."
        : "Tot het overzicht geplaatst is, kun je het intrekken: stuur 'deel een moedig moment'.";

    public static string ConfirmButton(bool en) => en ? "Put it in the summary" : "Zet het in het overzicht";

    public static string EditButton(bool en) => en ? "Edit" : "Aanpassen";

    public static string Problem(CourageStoryCheck check, UserLanguage language) => check.Problem switch
    {
        CourageStoryProblem.Empty => language == UserLanguage.English
            ? "Write a few sentences first; there is nothing to show yet."
            : "Schrijf eerst een paar zinnen; er is nog niets om te laten zien.",
        CourageStoryProblem.TooLong => PrivacyTexts.TooLong(CourageStoryText.MaxLength, language),
        CourageStoryProblem.Identifying => PrivacyTexts.Explain(check.Privacy, language),
        _ => "",
    };

    public static string ChooseTeam(UserLanguage language) => language == UserLanguage.English
        ? "Choose which team it is for. Your text is still here."
        : "Kies voor welk team het is. Je tekst staat er nog.";

    public static RenderedCard Saved(UserLanguage language, TeamInstallation team)
    {
        var en = language == UserLanguage.English;
        var culture = CultureInfo.GetCultureInfo(en ? "en-GB" : "nl-NL");
        var day = culture.DateTimeFormat.GetDayName(team.Settings.SummaryDay);
        var time = team.Settings.SummaryTime.ToString("HH:mm", CultureInfo.InvariantCulture);
        var name = TeamName(team.TeamName, en);
        return NoticeCard.Render(language,
            en ? "Thank you for sharing" : "Dank je voor het delen",
            en
                ? $"Your brave moment appears without your name in the next weekly summary of {name} ({day} at {time})."
                : $"Je moedige moment komt zonder je naam in het volgende weekoverzicht van {name} ({day} om {time}).",
            en ? "Changed your mind? Send 'share a brave moment' to withdraw it until then." : "Toch liever niet? Stuur 'deel een moedig moment' om het tot dan in te trekken.");
    }

    public static RenderedCard AlreadyWaiting(UserLanguage language) => NoticeCard.Render(language,
        language == UserLanguage.English ? "One is already waiting" : "Er wacht er al een",
        language == UserLanguage.English
            ? "A brave moment of yours is already waiting for this team's summary; nothing new was saved. Send 'share a brave moment' to see or withdraw it."
            : "Er wacht al een moedig moment van jou op het overzicht van dit team; er is niets nieuws bewaard. Stuur 'deel een moedig moment' om het te zien of in te trekken.");

    public static RenderedCard Withdrawn(UserLanguage language, bool withdrawn) => withdrawn
        ? NoticeCard.Render(language,
            language == UserLanguage.English ? "Withdrawn" : "Ingetrokken",
            language == UserLanguage.English ? "Your brave moment is deleted and will not appear in the summary." : "Je moedige moment is verwijderd en komt niet in het overzicht.")
        : NoticeCard.Render(language,
            language == UserLanguage.English ? "Nothing to withdraw" : "Niets meer in te trekken",
            language == UserLanguage.English
                ? "This brave moment is no longer waiting: it is already in a summary, or it was withdrawn before."
                : "Dit moedige moment wacht niet meer: het staat al in een overzicht, of het was al ingetrokken.");

    /// <summary>What a card that showed a withdrawn, erased or expired story says instead: nothing of the story.</summary>
    public static RenderedCard Retracted(UserLanguage language) => NoticeCard.Render(language,
        language == UserLanguage.English ? "This story was removed" : "Dit verhaal is verwijderd",
        language == UserLanguage.English
            ? "It was withdrawn or deleted, or it waited longer than BreedBot keeps it, and it will not appear in a weekly summary. Send 'share a brave moment' to see what is still waiting."
            : "Het is ingetrokken of verwijderd, of het wachtte langer dan BreedBot het bewaart, en het komt niet in een weekoverzicht. Stuur 'deel een moedig moment' om te zien wat er nog wacht.");

    /// <summary>"Mijn gegevens": the heading of the waiting stories.</summary>
    public static string DataHeading(UserLanguage language) => language == UserLanguage.English ? "Brave moments" : "Moedige momenten";

    /// <summary>"Mijn gegevens": one waiting story, in full.</summary>
    public static string DataLine(UserLanguage language, DateTimeOffset createdAt, string text) =>
        (language == UserLanguage.English ? "Waiting for the next summary since " : "Wacht op het volgende overzicht sinds ") + PersonalDataDates.Format(createdAt, language) + ": " + text;
}
