using System.Globalization;
using BreedBot.Domain.CourageStories;
using BreedBot.Domain.Teams;
using BreedBot.Web.Cards;
using BreedBot.Web.Localization;
using BreedBot.Web.Kernel;

namespace BreedBot.Web.Summaries;

/// <summary>What BreedBot says around a courage story, in Dutch and English.</summary>
internal static class CourageTexts
{
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
        var name = CourageCard.TeamName(team.TeamName, en);
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
}
