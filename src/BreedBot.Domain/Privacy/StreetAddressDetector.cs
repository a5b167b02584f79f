using System.Text.RegularExpressions;

namespace BreedBot.Domain.Privacy;

/// <summary>
/// A street name by its Dutch ending (…straat, …laan, …weg, …gracht, …) followed by a house
/// number. Any word before a number is a candidate; the ending is checked on the few there are,
/// which keeps the pattern linear. A count after the number ("onderweg 2 keer", "pad 3 weken") is not a house number.
/// </summary>
internal static partial class StreetAddressDetector
{
    private static readonly string[] Endings =
    [
        "straat", "laan", "weg", "plein", "gracht", "kade", "singel", "dijk", "hof", "pad", "steeg", "dreef", "park", "markt",
        "plantsoen", "boulevard", "allee", "haven", "kanaal",
    ];

    private static readonly HashSet<string> EverydayWords = new(StringComparer.OrdinalIgnoreCase) { "onderweg", "halfweg", "zijweg" };

    public static bool Finds(string text)
    {
        foreach (Match match in Street().Matches(text))
        {
            var word = match.Groups["word"].Value;
            var ending = Array.Find(Endings, e => word.EndsWith(e, StringComparison.OrdinalIgnoreCase));

            // A bare ending ("weg 2") is only a street when written as a name ("Oude Kade 5").
            var bareLowercase = ending is not null && ending.Length == word.Length && !char.IsUpper(word[0]);
            if (ending is not null && !bareLowercase && !EverydayWords.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(
        @"(?<![\p{L}'\-])(?<word>(?>\p{L}[\p{L}'\-]*))\.?[ ]+(?:(?:nr|no|nummer)\.?[ ]*)?[0-9]{1,5}(?![0-9])(?![ ]*(?:(?:keer|x|jaar|jaren|uur|u|min|minuten|dag|dagen|week|weken|maand|maanden|kind|kinderen|personen|mensen|procent|euro|km|kilometer|meter|m)(?!\p{L})|%))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Street();
}
