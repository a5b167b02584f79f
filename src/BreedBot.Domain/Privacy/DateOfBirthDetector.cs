using System.Text.RegularExpressions;

namespace BreedBot.Domain.Privacy;

/// <summary>
/// A date tied to birth. After "geboren", "geb.", "geboortedatum" (or "born", "date of birth", "DOB") in the
/// same sentence, or right before "geboren": a day and month ("3-4-2015", "2014-03-07", "12 maart", "March 7,
/// 2014", "7th of March") or a month and year ("geboren in maart 2014"). After "jarig", "verjaardag" or
/// "birthday", or before "jarig": a day and month. A day and month with "wordt 9" or "turns 8" nearby is a
/// birthday too. So is a full date right after a person (the dated person: "de oudste is van 12 januari 2010", "dhr.
/// 04-06-1943"). A date on its own is a planned action, and a birth year alone is an age.
/// </summary>
internal static partial class DateOfBirthDetector
{
    private const string Month =
        "(?:jan(?:uari)?|feb(?:ruari)?|maart|mrt|apr(?:il)?|mei|jun(?:i)?|jul(?:i)?|aug(?:ustus)?|sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?"
        + "|january|february|march|mar|may|june|july|august|october|oct|december)(?!\\p{L})\\.?";

    // A day in words: "zeven maart", "de zevende maart", "the seventh of March".
    private const string WrittenDay =
        "(?:(?:(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)en)?(?:twintig|dertig)(?:ste)?|een|eerste|twee|tweede|drie|derde|vier|vierde|vijf|vijfde|zes|zesde"
        + "|zeven|zevende|acht|achtste|negen|negende|tien|tiende|elf|elfde|twaalf|twaalfde|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien"
        + "|(?:dertien|veertien|vijftien|zestien|zeventien|achttien|negentien)de|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh"
        + "|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|twenty-?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirty-?first)";

    private const string DayMonth =
        "(?:(?:19|20)[0-9]{2}[\\-/.][01]?[0-9][\\-/.][0-3]?[0-9](?![0-9])"
        + "|[0-3][0-9][01][0-9](?:19|20)[0-9]{2}(?![0-9])"
        + "|[0-3]?[0-9][ ][01]?[0-9][ ](?:19|20)[0-9]{2}(?![0-9])"
        + "|[0-3]?[0-9][\\-/.][01]?[0-9](?:[\\-/.]'?(?:19|20)?[0-9]{2})?(?![0-9])"
        + "|[0-3]?[0-9](?:e|ste|de|st|nd|rd|th)?[ ]*(?:of[ ]+)?" + Month + "(?:,?[ ]+(?:19|20)[0-9]{2})?"
        + "|" + Month + "[ ]+[0-3]?[0-9](?:st|nd|rd|th|e)?(?![0-9])(?:,?[ ]+(?:19|20)[0-9]{2})?)";

    private const string MonthYear = "(?:" + Month + "[ ]+(?:19|20)[0-9]{2})";

    private const string BirthWords = "(?:(?:geboren|geboortedatum|geboortedag|geboortemaand|ter[ ]wereld[ ]gekomen|born|birth|birth[ \\-]?date|date[ ]of[ ]birth|dob)(?!\\p{L})|geb\\.?[ ]?dat(?:um)?\\.?(?!\\p{L})|geb(?:\\.|(?!\\p{L}))|d\\.o\\.b\\.?|°|\\*(?=[ ]?[0-9]))";

    private const string BirthdayWords = "(?:jarig|verjaardag|verjaart|birthday|b-?day)(?!\\p{L})";

    private const string Age = "(?:[0-9]{1,2}|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien)(?!\\p{L}|[0-9])";

    private const int Window = 60;

    private static readonly string[] BirthKeywords = ["geb", "born", "birth", "dob", "d.o.b", "°", "*", "ter wereld"];

    // The keyword's own dot ("geb.") is part of it; a sentence's full stop ends the search. Every pattern starts
    // at a keyword, and a date before one is looked for in the few characters before it only.
    public static bool Finds(string text)
    {
        if (Array.Exists(BirthKeywords, keyword => text.Contains(keyword, StringComparison.OrdinalIgnoreCase)) && AfterBirthWord().IsMatch(text))
        {
            return true;
        }

        foreach (var match in BirthOrBirthday().EnumerateMatches(text))
        {
            var before = text.AsSpan(Math.Max(0, match.Index - Window), Math.Min(match.Index, Window));
            if (DateBeforeBirthWord().IsMatch(before) || AfterBirthdayWord().IsMatch(text.AsSpan(match.Index)))
            {
                return true;
            }
        }

        if (DatedPersonFound(text))
        {
            return true;
        }

        if (text.Contains("geworden", StringComparison.OrdinalIgnoreCase) && BecameOn().IsMatch(text))
        {
            return true;
        }

        foreach (var match in Becomes().EnumerateMatches(text))
        {
            var before = text.AsSpan(Math.Max(0, match.Index - Window), Math.Min(match.Index, Window));
            var after = text.AsSpan(match.Index);
            if ((AgeAfter().IsMatch(after) && DateBeforeAge().IsMatch(before)) || DateAfterBecomes().IsMatch(after))
            {
                return true;
            }
        }

        return false;
    }

    // Right after a birth word a day may also be written out ("geboren op zeven maart"); elsewhere only digits count.
    [GeneratedRegex(
        "(?<!\\p{L})" + BirthWords + "[^0-9.!?]{0,60}?(?:" + DayMonth + "|" + MonthYear + "|(?<!\\p{L})" + WrittenDay + "[ ]+(?:of[ ]+)?" + Month + ")",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AfterBirthWord();

    [GeneratedRegex("(?<!\\p{L})(?:geboren|born|jarig|verjaardag|verjaart|birthday|b-?day|geboortedatum|geboortedag|birth[ \\-]?date|date[ ]of[ ]birth|dob|ter[ ]wereld|bevallen)(?!\\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BirthOrBirthday();

    // "op 14 juli 2012 geboren", "is 23 augustus jarig": the date ends at most three words before the keyword.
    [GeneratedRegex("(?<![0-9])(?:" + DayMonth + "|" + MonthYear + ")\\)?,?(?:[ ]+[\\p{L}0-9]+){0,3}[ ]+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateBeforeBirthWord();

    [GeneratedRegex("^" + BirthdayWords + "[^0-9.!?]{0,30}?" + DayMonth, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AfterBirthdayWord();

    [GeneratedRegex("(?<!\\p{L})(?:wordt|werd|turns|turned|will[ ]be)(?!\\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Becomes();

    // "jarig op 7 maart, wordt 9": a day and month shortly before, an age right after.
    [GeneratedRegex("(?<![0-9])" + DayMonth + "[^.!?]{0,30}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateBeforeAge();

    // "op 3 mei is hij 6 geworden", "is 6 geworden op 3 mei": a day and month with the age reached.
    [GeneratedRegex("(?<![0-9])(?:" + DayMonth + "[^.!?0-9]{0,25}?(?<!\\p{L})" + Age + "(?:[ ]+jaar)?[ ]+geworden|" + Age + "(?:[ ]+jaar)?[ ]+geworden[ ]+op[ ]+" + DayMonth + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BecameOn();

    // "wordt 9", also with the subject after the verb: "op 23 januari wordt hij 8".
    [GeneratedRegex("^(?:wordt|werd|turns|turned|will[ ]be)[ ]+(?:(?:hij|zij|ze|die|ie)[ ]+)?" + Age, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgeAfter();

    // "wordt op 12 juni tien (jaar)", "wordt 9 op 7 maart", "turns 8 on April 3".
    [GeneratedRegex(
        "^(?:wordt|werd|turns|turned|will[ ]be)[ ]+(?:(?:op[ ]+|on[ ]+)?" + DayMonth + "[ ]+" + Age + "|" + Age + "(?:[ ]+(?:jaar|years?))?(?:[ ]+old)?[ ]+(?:op|on)[ ]+" + DayMonth + ")",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateAfterBecomes();
}
