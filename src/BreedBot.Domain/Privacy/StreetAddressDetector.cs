using System.Text.RegularExpressions;

namespace BreedBot.Domain.Privacy;

/// <summary>
/// A street with a house number, also when the number comes later ("Lindelaan, nummer 12", "Schoolstraat, op 7").
/// The street is known by its Dutch ending (…straat, …laan, …weg, …gracht, …), or by name (BAG's public-space
/// names: "Spui 21", "Rokin 44") when it is no ordinary word, or by being said to be where someone lives
/// ("woont op de Brink 17", "adres: Achterom 3"). A count after the number ("onderweg 2 keer", "pad 3 weken")
/// is no house number, and a year after a name ("Kerst 2024") no address. A house number after "nummer" may be read out in
/// words ("Lindelaan nummer zeventien").
/// </summary>
internal static partial class StreetAddressDetector
{
    private static readonly string[] Endings =
    [
        "straat", "laan", "weg", "plein", "gracht", "kade", "singel", "dijk", "hof", "pad", "steeg", "dreef", "park", "markt",
        "plantsoen", "boulevard", "allee", "haven", "kanaal", "baan", "schans", "wal", "diep", "erf", "hoven", "straatje", "pleintje",
        "veld", "burg", "gaarde", "akker", "horst", "kamp", "zijde", "werf", "hage", "wijk", "dam", "polder", "oord", "lei", "vest", "ring", "stede",
    ];

    private static readonly HashSet<string> EverydayWords = new(StringComparer.OrdinalIgnoreCase) { "onderweg", "halfweg", "zijweg", "buitenwijk", "woonwijk", "ring" };

    public static bool Finds(string text)
    {
        // The number a little later: "Lindelaan (nummer 12)", "Merelstraat en het huisnummer is 8".
        foreach (Match match in NumberLater().Matches(text))
        {
            if (IsStreetName(match.Groups["word"].Value))
            {
                return true;
            }
        }

        // The number first: "op nummer 12 van de Lindelaan", "huisnummer 8 in de Merelstraat".
        foreach (Match match in NumberFirst().Matches(text))
        {
            if (IsStreetName(match.Groups["word"].Value) || IsKnownStreet(match.Groups["word"].Value))
            {
                return true;
            }
        }

        // Then every number, with the street looked for in the few words before it.
        for (var i = text.AsSpan().IndexOfAnyInRange('0', '9'); i >= 0 && i < text.Length;)
        {
            var end = i;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }

            if ((i == 0 || !char.IsAsciiDigit(text[i - 1])) && StreetBefore(text, i, end))
            {
                return true;
            }

            var next = text.AsSpan(end).IndexOfAnyInRange('0', '9');
            i = next < 0 ? -1 : end + next;
        }

        return false;
    }

    /// <summary>
    /// "ze woont op de Lindelaan nummer zeventien", "op nummer zeventien van de Lindelaan": a house number after "nummer" read out
    /// in words counts as the same number in figures.
    /// </summary>
    public static bool FindsSpelledOut(string text)
    {
        for (var at = text.IndexOf("nummer ", StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf("nummer ", at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var start = at + "nummer ".Length;
            var number = text.AsSpan(start);
            var length = number.IndexOfAny(' ', ',', '.');
            length = length < 0 ? number.Length : length;
            var digits = NumberWords.Digits(number[..length].ToString().ToLowerInvariant());
            if (digits is not null && Finds(string.Concat(text.AsSpan(0, start), digits, text.AsSpan(start + length))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StreetBefore(string text, int number, int end)
    {
        const int window = 45;
        if (end - number > 5 || Count().IsMatch(text.AsSpan(end)))
        {
            return false;
        }

        var from = Math.Max(0, number - window);
        var match = Street().Match(text, from, number - from);
        if (!match.Success)
        {
            return false;
        }

        var word = match.Groups["word"].Value;
        if (IsStreetName(word) || (LivesThere().IsMatch(text.AsSpan(0, match.Index)) && char.IsUpper(word[0])))
        {
            return true;
        }

        return end - number < 4 && char.IsUpper(word[0]) && !match.Groups["later"].Success && IsKnownStreet(word);
    }

    // A bare ending ("weg 2") is only a street when written as a name ("Oude Kade 5").
    private static bool IsStreetName(string word)
    {
        // "Emmen-Noord", "VT-Noord": a district or a team, whatever its last part ends in.
        var dash = word.LastIndexOf('-');
        if (dash > 0 && NameContext.CompassPoints.Contains(word[(dash + 1)..].ToLowerInvariant()))
        {
            return false;
        }

        var ending = Array.Find(Endings, e => word.EndsWith(e, StringComparison.OrdinalIgnoreCase));
        var bareLowercase = ending is not null && ending.Length == word.Length && !char.IsUpper(word[0]);
        var tooShort = ending is not null && ending.Length <= 3 && word.Length <= ending.Length + 2;
        return ending is not null && !bareLowercase && !tooShort && !EverydayWords.Contains(word);
    }

    private static bool IsKnownStreet(string name)
    {
        var lower = name.ToLowerInvariant();
        return PrivacyLexicons.Streets.Contains(lower) && !PrivacyLexicons.Words.Contains(lower) && !NameContext.FunctionWords.Contains(lower)
            && !PrivacyLexicons.Places.Contains(lower);
    }

    // The word before a number, and what may stand between them: "Kerkstraat 12", "Lindelaan, nummer 12", "Schoolstraat, op 7".
    [GeneratedRegex(
        @"(?<![\p{L}'\-])(?<word>(?>\p{L}[\p{L}'\-]*))\.?(?:,?[ ]+(?<later>(?:op[ ]+)?(?:huisnummer|huisnr|hnr|nummer|nr|no)\.?[ ]*|op[ ]+)|[ ]+(?:(?:nr|no|nummer)\.?[ ]*)?)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Street();

    [GeneratedRegex(@"(?<![\p{L}'\-])(?<word>(?>\p{L}[\p{L}'\-]*)(?<=straat|laan|weg|plein|gracht|kade|singel|dijk|hof|pad|steeg|dreef|park|markt|plantsoen|boulevard|allee|haven|kanaal|baan|schans|wal|diep|erf|hoven|veld|burg|gaarde|akker|horst|kamp|zijde|werf|hage|dam|oord|vest|stede))[^.!?0-9]{1,25}?(?<!\p{L})(?:huisnummer|huisnr|hnr|nummer|nr|no)\.?[ :]*[0-9]{1,5}(?![0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberLater();

    [GeneratedRegex(@"(?<!\p{L})(?:huisnummer|huisnr|hnr|nummer|nr\.?|no\.?)[ ]*[0-9]{1,5}[a-z]?[ ]+(?:(?:van|aan|op|in|at|on)[ ]+)?(?:(?:de|het|the)[ ]+)?(?<word>(?-i:\p{Lu})[\p{L}'\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberFirst();

    // A count after the number: "onderweg 2 keer", "pad 3 weken", "12.5", "14:30".
    [GeneratedRegex(@"^[0-9]*(?:[ ]*(?:(?:keer|x|jaar|jaren|uur|u|min|minuten|dag|dagen|week|weken|maand|maanden|kind|kinderen|personen|mensen|procent|euro|km|kilometer|meter|m)(?!\p{L})|%)|[.:,][0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Count();

    /// <summary>Said to be where someone lives, in the words right before the street.</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:woont|wonen|woonde|woonachtig|verhuisd|verhuist|adres|address|lives|ingeschreven)(?!\p{L})[^.!?]{0,20}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LivesThere();
}
