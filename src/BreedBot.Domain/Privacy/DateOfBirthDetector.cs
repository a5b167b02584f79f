using System.Text.RegularExpressions;

namespace BreedBot.Domain.Privacy;

/// <summary>
/// A date tied to birth. After "geboren", "geb.", "geboortedatum" (or "born", "date of birth", "DOB") in the
/// same sentence, or right before "geboren": a day and month ("3-4-2015", "2014-03-07", "12 maart", "March 7,
/// 2014", "7th of March") or a month and year ("geboren in maart 2014"). After "jarig", "verjaardag" or
/// "birthday", or before "jarig": a day and month. A day and month with "wordt 9" or "turns 8" nearby is a
/// birthday too. A date on its own is a planned action, and a birth year alone is an age.
/// </summary>
internal static partial class DateOfBirthDetector
{
    private const string Month =
        "(?:jan(?:uari)?|feb(?:ruari)?|maart|mrt|apr(?:il)?|mei|jun(?:i)?|jul(?:i)?|aug(?:ustus)?|sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?"
        + "|january|february|march|may|june|july|october|oct|december)(?!\\p{L})\\.?";

    private const string DayMonth =
        "(?:(?:19|20)[0-9]{2}[\\-/.][01]?[0-9][\\-/.][0-3]?[0-9](?![0-9])"
        + "|[0-3]?[0-9][\\-/.][01]?[0-9](?:[\\-/.](?:19|20)?[0-9]{2})?(?![0-9])"
        + "|[0-3]?[0-9](?:e|ste|de|st|nd|rd|th)?[ ]*(?:of[ ]+)?" + Month + "(?:,?[ ]+(?:19|20)[0-9]{2})?"
        + "|" + Month + "[ ]+[0-3]?[0-9](?:st|nd|rd|th|e)?(?![0-9])(?:,?[ ]+(?:19|20)[0-9]{2})?)";

    private const string MonthYear = "(?:" + Month + "[ ]+(?:19|20)[0-9]{2})";

    private const string BirthWords = "(?:(?:geboren|geboortedatum|geboortedag|born|birth|date[ ]of[ ]birth|dob)(?!\\p{L})|geb\\.?[ ]?datum(?!\\p{L})|geb(?:\\.|(?!\\p{L}))|d\\.o\\.b\\.?|°)";

    private const string BirthdayWords = "(?:jarig|verjaardag|verjaart|birthday)(?!\\p{L})";

    private const string Age = "(?:[0-9]{1,2}|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien)(?!\\p{L}|[0-9])";

    private static readonly string[] Keywords = ["geb", "born", "birth", "dob", "d.o.b", "°", "jarig", "verjaar", "wordt", "turns"];

    // The keyword's own dot ("geb.") is part of it; a sentence's full stop ends the search. Without any of the
    // keywords no pattern can match, and most texts have none: the patterns run only when one is there.
    public static bool Finds(string text) =>
        Array.Exists(Keywords, keyword => text.Contains(keyword, StringComparison.OrdinalIgnoreCase))
        && (AfterBirthWord().IsMatch(text) || BeforeBirthWord().IsMatch(text) || AfterBirthdayWord().IsMatch(text) || WithAge().IsMatch(text));

    [GeneratedRegex("(?<!\\p{L})" + BirthWords + "[^0-9.!?]{0,40}?(?:" + DayMonth + "|" + MonthYear + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AfterBirthWord();

    [GeneratedRegex("(?<![0-9])(?:" + DayMonth + "|" + MonthYear + ")\\)?(?:[ ]+\\p{L}+){0,3}[ ]+(?:geboren|born|jarig)(?!\\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BeforeBirthWord();

    [GeneratedRegex("(?<!\\p{L})" + BirthdayWords + "[^0-9.!?]{0,30}?" + DayMonth, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AfterBirthdayWord();

    // "jarig op 7 maart, wordt 9", "wordt op 12 juni tien (jaar)", "on April 3rd she turns 8".
    [GeneratedRegex(
        "(?<![0-9])" + DayMonth + "[^.!?]{0,30}?(?<!\\p{L})(?:wordt|turns)[ ]+" + Age + "|(?<!\\p{L})(?:wordt|turns)[ ]+(?:op[ ]+|on[ ]+)?" + DayMonth + "[ ]+" + Age,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WithAge();
}
