using System.Text.RegularExpressions;

namespace BreedBot.Domain.Privacy;

/// <summary>
/// A dated person: a full date right after someone ("de oudste is van 12 januari 2010", "meisje (2016-01-07)", "Sem, 7/3/14",
/// "dhr. 04-06-1943"), which is when they were born, where a date after a thing or a meeting is not.
/// </summary>
internal static partial class DateOfBirthDetector
{
    /// <summary>
    /// "de oudste is van 12 januari 2010", "mevrouw is van 12-08-1938", "meisje (2016-01-07)", "Sem, 7/3/14,": a dated
    /// person. Each number is looked at once: what stands before it, then whether a full date starts there.
    /// </summary>
    private static bool DatedPersonFound(string text)
    {
        for (var i = text.AsSpan().IndexOfAnyInRange('0', '9'); i >= 0;)
        {
            var end = i;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }

            // A month and year starts at the month: "is van januari 2019".
            var month = WordBefore(text, SkipSpaces(text, i - 1));
            var start = month.Length > 0 && MonthAt().IsMatch(month) ? SkipSpaces(text, i - 1) - month.Length + 1 : i;
            if (start > 0 && !char.IsLetterOrDigit(text[start - 1]) && PersonBeforeDate(text, start) && DateWithYearAt().IsMatch(text.AsSpan(start)))
            {
                return true;
            }

            var next = end < text.Length ? text.AsSpan(end).IndexOfAnyInRange('0', '9') : -1;
            i = next < 0 ? -1 : end + next;
        }

        return false;
    }

    private static bool PersonBeforeDate(string text, int date)
    {
        var k = SkipSpaces(text, date - 1);
        if (k < 0)
        {
            return false;
        }

        var separator = text[k];
        if (separator is '(' or ',')
        {
            k = SkipSpaces(text, k - 1);
        }
        else if (TitleRightBefore(text, k))
        {
            // "dhr. 04-06-1943", "mevrouw 3 maart 1950": an adult's birth date after a title, as a file's header has it. A recent
            // date there is a meeting ("mw. 12-03-2025: gesprek gehad").
            return YearOf(text, date) is > 0 and <= LatestAdultBirthYear;
        }
        else
        {
            // "… is van 12-08-1938", "ze is pas van 14-01-2001": step back over "van", a few adverbs, and "is" or "was".
            var van = WordBefore(text, k);
            if (!van.Equals("van", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            k = SkipSpaces(text, k - van.Length);
            var verb = WordBefore(text, k).ToLowerInvariant();
            while (Adverbs.Contains(verb))
            {
                // "moeder is zelf nog van juni 2004", also with the verb left out: "…en zelf pas van 14-01-2001".
                if (verb == "zelf")
                {
                    return true;
                }

                k = SkipSpaces(text, k - verb.Length);
                verb = WordBefore(text, k).ToLowerInvariant();
            }

            if (verb is not ("is" or "was"))
            {
                return false;
            }

            k = SkipSpaces(text, k - verb.Length);
        }

        // After a comma only a name counts ("Sem, 7/3/14,"): "gesprek met moeder, 15-01-2025" is a meeting.
        var person = WordBefore(text, k);
        return person.Length > 0 && (separator == ',' ? IsName(person) : IsPersonWord(person));
    }

    /// <summary>A title right before the date ("dhr." or "mevrouw"), not after a preposition: "gesprek met dhr. 12-03-2025" is a meeting.</summary>
    private static bool TitleRightBefore(string text, int k)
    {
        var end = text[k] == '.' ? k - 1 : k;
        var title = WordBefore(text, end);
        if (title.Length == 0 || NameContext.KindOf(title.ToLowerInvariant()) != ContextKind.Title)
        {
            return false;
        }

        var before = WordBefore(text, SkipSpaces(text, end - title.Length)).ToLowerInvariant();
        return !NameContext.Prepositions.Contains(before) && !NameContext.FunctionWords.Contains(before);
    }

    /// <summary>
    /// A title names an adult, born at least sixteen years before any text BreedBot checks (the guard was written in 2026), and a
    /// meeting or a plan typed into BreedBot is never that old. The guard knows no "today", so the year is fixed: as time passes it
    /// catches fewer of the youngest adults' dates, never more meetings.
    /// </summary>
    private const int LatestAdultBirthYear = 2010;

    /// <summary>The four-digit year of the date that starts at <paramref name="date"/> ("04-06-1943", "3 maart 1950"), or 0.</summary>
    private static int YearOf(string text, int date)
    {
        var match = YearInDate().Match(text, date);
        return match.Success && match.Index == date ? int.Parse(match.Groups["year"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    [GeneratedRegex(
        "\\G(?:(?<year>(?:19|20)[0-9]{2})[\\-/.]|[0-3]?[0-9][\\-/. ]+(?:[01]?[0-9]|\\p{L}+\\.?)[\\-/. ]+(?<year>(?:19|20)[0-9]{2})(?![0-9])|\\p{L}+[ ]+(?<year>(?:19|20)[0-9]{2})(?![0-9]))",
        RegexOptions.CultureInvariant)]
    private static partial Regex YearInDate();

    private static readonly WordSet Adverbs = new() { "pas", "nog", "al", "ook", "zelf", "net", "wel", "zelfs", "eigenlijk", "toch" };

    private static int SkipSpaces(string text, int k)
    {
        while (k >= 0 && text[k] == ' ')
        {
            k--;
        }

        return k;
    }

    /// <summary>The word of letters that ends at <paramref name="last"/>, or an empty string.</summary>
    private static string WordBefore(string text, int last)
    {
        var start = last;
        while (start >= 0 && char.IsLetter(text[start]))
        {
            start--;
        }

        return last < 0 ? string.Empty : text[(start + 1)..(last + 1)];
    }

    /// <summary>A family or work role, a title, an eldest or youngest, a pronoun, or a capitalised word that is no ordinary word (a name).</summary>
    private static bool IsPersonWord(string word)
    {
        var lower = word.ToLowerInvariant();
        if (NameContext.KindOf(lower) is ContextKind.Role or ContextKind.Title || Ranks.Contains(lower))
        {
            return true;
        }

        return IsName(word);
    }

    private static bool IsName(string word)
    {
        var facts = WordFacts.Of(word);
        return char.IsUpper(word[0]) && (facts.IsFirstName || facts.IsPersonalName || facts.IsUnknown);
    }

    private static readonly WordSet Ranks = new() { "jongste", "oudste", "middelste", "tweede", "hij", "zij", "ze", "die", "ie", "he", "she", "youngest", "eldest", "oldest" };

    private const string DateWithYear =
        "(?:(?:19|20)[0-9]{2}[\\-/.][01]?[0-9][\\-/.][0-3]?[0-9]|[0-3]?[0-9][\\-/.][01]?[0-9][\\-/.]'?(?:19|20)?[0-9]{2}"
        + "|[0-3]?[0-9](?:e|ste|de)?[ ]+" + Month + "[ ]+(?:19|20)[0-9]{2}|" + MonthYear + ")(?![0-9])";

    [GeneratedRegex("^" + DateWithYear, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateWithYearAt();

    [GeneratedRegex("^" + Month + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthAt();
}
