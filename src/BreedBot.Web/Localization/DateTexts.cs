using System.Globalization;

namespace BreedBot.Web.Localization;

/// <summary>How days and dates read in each language: the culture that formats them, a weekday's name.</summary>
public static class DateTexts
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>"3 maart 2027" / "3 March 2027", "dinsdag" / "Tuesday".</summary>
    public static CultureInfo Culture(UserLanguage language) => language == UserLanguage.English ? English : Dutch;

    /// <summary>A weekday as a choice or in a list of changes: "dinsdag", "Tuesday".</summary>
    public static string DayName(DayOfWeek day, UserLanguage language) =>
        language == UserLanguage.English ? day.ToString() : Dutch.DateTimeFormat.GetDayName(day);
}
