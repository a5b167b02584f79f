using System.Text.RegularExpressions;

namespace BreedBot.Domain.Privacy;

/// <summary>
/// A street with a house number, also when the number comes later ("Lindelaan, nummer 12", "Schoolstraat, op 7").
/// The street is known by its Dutch ending (…straat, …laan, …weg, …gracht, …), or by name (BAG's public-space
/// names: "Spui 21", "Rokin 44") when it is no ordinary word, or by being said to be where someone lives
/// ("woont op de Brink 17", "adres: Achterom 3"). A count after the number ("onderweg 2 keer", "pad 3 weken")
/// is no house number, and a year after a name ("Kerst 2024") no address.
/// </summary>
internal static partial class StreetAddressDetector
{
    private static readonly string[] Endings =
    [
        "straat", "laan", "weg", "plein", "gracht", "kade", "singel", "dijk", "hof", "pad", "steeg", "dreef", "park", "markt",
        "plantsoen", "boulevard", "allee", "haven", "kanaal", "baan", "schans", "wal", "diep", "erf", "hoven", "straatje", "pleintje",
        "veld", "burg", "gaarde", "akker", "horst", "kamp", "zijde", "werf", "hage", "wijk", "dam", "polder", "oord", "lei", "vest", "ring",
    ];

    private static readonly HashSet<string> EverydayWords = new(StringComparer.OrdinalIgnoreCase) { "onderweg", "halfweg", "zijweg", "buitenwijk", "woonwijk", "ring" };

    public static bool Finds(string text)
    {
        foreach (Match match in Street().Matches(text))
        {
            var word = match.Groups["word"].Value;
            var number = match.Groups["number"].Value;
            if (IsStreetName(word) || (LivesThere().IsMatch(text[..match.Index]) && char.IsUpper(word[0])))
            {
                return true;
            }

            if (number.Length < 4 && char.IsUpper(word[0]) && !match.Groups["later"].Success && IsKnownStreet(word))
            {
                return true;
            }
        }

        return false;
    }

    // A bare ending ("weg 2") is only a street when written as a name ("Oude Kade 5").
    private static bool IsStreetName(string word)
    {
        var ending = Array.Find(Endings, e => word.EndsWith(e, StringComparison.OrdinalIgnoreCase));
        var bareLowercase = ending is not null && ending.Length == word.Length && !char.IsUpper(word[0]);
        var tooShort = ending is not null && ending.Length <= 3 && word.Length <= ending.Length + 2;
        return ending is not null && !bareLowercase && !tooShort && !EverydayWords.Contains(word);
    }

    private static bool IsKnownStreet(string name)
    {
        var lower = name.ToLowerInvariant();
        return PrivacyLexicons.Streets.Contains(lower) && !PrivacyLexicons.Words.Contains(lower) && !NameContext.FunctionWords.Contains(lower)
            && !PrivacyLexicons.ProperNouns.Contains(lower);
    }

    [GeneratedRegex(
        @"(?<![\p{L}'\-])(?<word>(?>\p{L}[\p{L}'\-]*))\.?(?:,?[ ]+(?<later>(?:op[ ]+)?(?:huisnummer|nummer|nr|no)\.?[ ]*|op[ ]+)|[ ]+(?:(?:nr|no|nummer)\.?[ ]*)?)(?<number>[0-9]{1,5})(?![0-9])(?![ ]*(?:(?:keer|x|jaar|jaren|uur|u|min|minuten|dag|dagen|week|weken|maand|maanden|kind|kinderen|personen|mensen|procent|euro|km|kilometer|meter|m)(?!\p{L})|%|[.:][0-9]))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Street();

    /// <summary>Said to be where someone lives, in the words right before the street.</summary>
    [GeneratedRegex(@"(?:woont|wonen|woonde|woonachtig|verhuisd|verhuist|adres|address|lives|ingeschreven)(?!\p{L})[^.!?]{0,20}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LivesThere();
}
